// A "To the audience" prompt turned into a self-paced activity: the learner writes their own thoughts, then
// compares them with the presenter's ideas.
import { useEffect, useId, useRef } from 'react';
import type { BlockOf } from '../../content/schema';
import { useCourse } from '../CourseContext';
import { InlineText, RichText } from '../RichText';
import { NOT_KEPT_MESSAGE, useDeviceText } from '../useDeviceText';
import { PhrasingText } from '../PhrasingText';
import { richToText } from '../../content/richText';
import { shortText } from '../shortText';

export function Reflection({ block }: { block: BlockOf<'reflection'> }) {
  const { snapshot, dispatch, announce } = useCourse();
  const [text, setText, kept] = useDeviceText(`reflection:${block.id}`);
  const revealed = snapshot.state.done.includes(block.id);
  const id = useId();
  const short = shortText(richToText(block.prompt));
  // The button that reveals the model answer gives way to it: focus goes to the answer's heading, not to nowhere.
  const answerHeading = useRef<HTMLHeadingElement>(null);
  const justRevealed = useRef(false);
  useEffect(() => {
    if (revealed && justRevealed.current) answerHeading.current?.focus();
    justRevealed.current = false;
  }, [revealed]);

  const reveal = () => {
    justRevealed.current = true;
    dispatch({ type: 'complete', activityId: block.id });
    announce('Model answer shown below your notes.');
  };

  return (
    // A page may hold several reflections: the start of the prompt tells their regions and buttons apart.
    <section className="activity reflection" aria-label={`Reflect: ${short}`}>
      <h2>Reflect</h2>
      <label htmlFor={`${id}-text`} className="prompt">
        <PhrasingText blocks={block.prompt} />
      </label>
      <textarea id={`${id}-text`} aria-describedby={`${id}-privacy`} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <p id={`${id}-privacy`} className="hint">
        {kept
          ? 'Optional. What you write stays on this device and is never sent to your learning system.'
          : `Optional. ${NOT_KEPT_MESSAGE}`}
      </p>
      {!revealed ? (
        <button type="button" aria-label={`Compare with the model answer: ${short}`} onClick={reveal}>
          Compare with the model answer
        </button>
      ) : (
        <div className="model-answer">
          <h3 ref={answerHeading} tabIndex={-1}>
            Model answer
          </h3>
          <RichText blocks={block.modelAnswer} />
          {block.modelAnswerSource && (
            <p className="source">
              Source: <InlineText nodes={block.modelAnswerSource} />
            </p>
          )}
        </div>
      )}
    </section>
  );
}
