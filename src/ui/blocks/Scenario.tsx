// A case told one step at a time. Earlier steps stay on screen so the story reads top to bottom; each newly
// shown step's heading takes focus, so keyboard and screen-reader users land on what just appeared instead of
// on a button that is gone. The activity is done when the learner reaches the last step (and, if that step
// asks for a decision, has made it). How far they got is not saved: a learner who finished it before sees
// every step at once. A decision's choices come in this learner's order (shuffle.ts).
import { useEffect, useId, useRef, useState } from 'react';
import type { BlockOf } from '../../content/schema';
import { activityOrder } from '../../core/shuffle';
import { useCourse } from '../CourseContext';
import { chooseDetails, useHideDetails } from '../HideDetailsContext';
import { InlineText, RichText } from '../RichText';
import './activities.css';
import { AlertRegion } from '../AlertRegion';

type Step = BlockOf<'scenario'>['steps'][number];

export function Scenario({ block }: { block: BlockOf<'scenario'> }) {
  const { snapshot, dispatch, announce } = useCourse();
  const hideDetails = useHideDetails();
  const id = useId();
  const done = snapshot.state.done.includes(block.id);
  const [shownCount, setShownCount] = useState(done ? block.steps.length : 1);
  /** The choice the learner committed to with "Choose", per step. */
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const focusStep = useRef<string | null>(null);
  const headingId = (step: Step) => `${id}-${step.id}`;

  // Only after "Continue": on first render the page's h1 keeps focus.
  useEffect(() => {
    if (focusStep.current === null) return;
    document.getElementById(focusStep.current)?.focus();
    focusStep.current = null;
  }, [shownCount]);

  const total = block.steps.length;
  const lastStep = block.steps[total - 1] as Step;
  const isEnd = (shown: number, choices: Record<string, string>) =>
    shown === total && (!lastStep.decision || choices[lastStep.id] !== undefined);
  const reachedEnd = isEnd(shownCount, chosen);

  // Also covers a one-step scenario, whose end is reached as soon as it is shown.
  useEffect(() => {
    if (reachedEnd && !done) dispatch({ type: 'complete', activityId: block.id });
  }, [reachedEnd, done, dispatch, block.id]);

  const continueFrom = (position: number) => {
    const next = block.steps[position + 1];
    if (!next) return;
    focusStep.current = headingId(next);
    setShownCount(position + 2);
  };

  const choose = (step: Step, choiceId: string) => {
    const choice = step.decision?.choices.find((c) => c.id === choiceId);
    if (!choice) return;
    const nextChosen = { ...chosen, [step.id]: choiceId };
    setChosen(nextChosen);
    const ended = isEnd(shownCount, nextChosen);
    const verdict = choice.best ? 'This is the approach the case took.' : 'This is not the approach the case took.';
    announce(`${verdict} What happens next follows your choice.${ended ? ' You have reached the end of the scenario.' : ''}`);
  };

  return (
    <section className="activity scenario" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{block.title}</h2>
      <ol className="scenario-steps">
        {block.steps.slice(0, shownCount).map((step, position) => (
          <li key={step.id} className="scenario-step">
            <h3 id={headingId(step)} tabIndex={-1}>
              Step {position + 1} of {total}
            </h3>
            <RichText blocks={chooseDetails(hideDetails, step.md, step.withoutDetails)} />
            {step.decision && (
              <Decision
                step={step}
                headingId={headingId(step)}
                committed={chosen[step.id]}
                onChoose={(choiceId) => choose(step, choiceId)}
              />
            )}
            {position === shownCount - 1 && position < total - 1 && (!step.decision || chosen[step.id] !== undefined) && (
              <div className="actions">
                <button type="button" onClick={() => continueFrom(position)}>
                  Continue
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {(reachedEnd || done) && <p className="activity-status">You have reached the end of the scenario.</p>}
      {block.source && (
        <p className="source">
          Source: <InlineText nodes={block.source} />
        </p>
      )}
    </section>
  );
}

interface DecisionProps {
  step: Step;
  headingId: string;
  committed: string | undefined;
  onChoose(choiceId: string): void;
}

function Decision({ step, headingId, committed, onChoose }: DecisionProps) {
  const { snapshot } = useCourse();
  const name = useId();
  const [selected, setSelected] = useState(committed ?? '');
  const [hint, setHint] = useState('');
  const decision = step.decision;
  if (!decision) return null;
  const shown = decision.choices.find((c) => c.id === committed);

  const submit = () => {
    if (!selected) {
      setHint('Choose one of the options first.');
      return;
    }
    setHint('');
    onChoose(selected);
  };

  return (
    <div className="scenario-decision">
      <fieldset>
        <legend>
          <InlineText nodes={decision.prompt} />
        </legend>
        <ul className="options" role="list">
          {activityOrder(decision.choices, snapshot.state.shuffleSeed, step.id).map((choice) => (
            <li key={choice.id}>
              <label className="option">
                <input
                  type="radio"
                  name={name}
                  value={choice.id}
                  checked={selected === choice.id}
                  onChange={() => setSelected(choice.id)}
                />
                <span>
                  <InlineText nodes={choice.text} />
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="actions">
        {/* Several steps may each have a "Choose" button: its name says which step it is for ("Choose Step 2 of 5"),
            so a screen reader's list of buttons tells them apart. */}
        <button type="button" id={`${name}-choose`} aria-labelledby={`${name}-choose ${headingId}`} onClick={submit}>
          Choose
        </button>
      </div>
      <AlertRegion>{hint && <p className="hint">{hint}</p>}</AlertRegion>
      {/* The consequence belongs to the committed choice; while another option is selected it would mislead. */}
      {shown && selected === shown.id && (
        <div className={`feedback ${shown.best ? 'feedback-right' : 'feedback-wrong'}`}>
          <p className="feedback-verdict">
            <strong>{shown.best ? 'This is the approach the case took.' : 'This is not the approach the case took.'}</strong>
          </p>
          <p>
            You chose: <InlineText nodes={shown.text} />
          </p>
          <RichText blocks={shown.consequence} />
        </div>
      )}
    </div>
  );
}
