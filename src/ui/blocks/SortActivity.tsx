// Sorting without drag and drop: each item is a group of radio buttons, one per category, so it works with a
// keyboard, a screen reader, switch access and a phone alike. The activity counts as done on the first check
// with every item sorted, right or wrong, as a practice question does on its first answer: the feedback
// teaches, and nobody is held on a page until they get everything right. They can change answers and check
// again as often as they like. The items come in this learner's order (shuffle.ts), not the authored one.
import { useId, useState } from 'react';
import type { BlockOf } from '../../content/schema';
import { inlineToText } from '../../content/richText';
import { activityOrder } from '../../core/shuffle';
import { useCourse } from '../CourseContext';
import { InlineText, RichText } from '../RichText';
import { Comparison } from './SimpleBlocks';
import './activities.css';
import { AlertRegion } from '../AlertRegion';

type Placement = Record<string, string>;

export function SortActivity({ block }: { block: BlockOf<'sort'> }) {
  const { snapshot, dispatch, announce } = useCourse();
  const id = useId();
  const [placement, setPlacement] = useState<Placement>({});
  const [checked, setChecked] = useState<Placement | null>(null);
  const [hint, setHint] = useState('');
  const done = snapshot.state.done.includes(block.id);

  const categoryLabel = (categoryId: string) => {
    const category = block.categories.find((c) => c.id === categoryId);
    return category ? inlineToText(category.label) : '';
  };
  const rightCount = (answers: Placement) => block.items.filter((item) => answers[item.id] === item.category).length;
  const summary = (answers: Placement) => `${rightCount(answers)} of ${block.items.length} sorted correctly.`;

  const check = () => {
    const unsorted = block.items.filter((item) => placement[item.id] === undefined).length;
    if (unsorted > 0) {
      setHint(`Choose a category for every item first. ${unsorted === 1 ? '1 item is' : `${unsorted} items are`} not sorted yet.`);
      return;
    }
    setHint('');
    setChecked(placement);
    dispatch({ type: 'complete', activityId: block.id });
    const allRight = rightCount(placement) === block.items.length;
    announce(`${summary(placement)} ${allRight ? 'Well done.' : 'Feedback follows each item; change any item and check again.'}`);
  };

  // Feedback describes the answers as they were checked; once an item changes, its feedback is out of date.
  const isCurrent = (itemId: string) => checked !== null && checked[itemId] === placement[itemId];
  const allCurrent = checked !== null && block.items.every((item) => isCurrent(item.id));

  return (
    <section className="activity sort-activity" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sorting activity</h2>
      <RichText blocks={block.prompt} />
      {done && <p className="activity-status">You have completed this activity. You can sort the items again.</p>}
      <ol className="sort-items">
        {activityOrder(block.items, snapshot.state.shuffleSeed, block.id).map((item) => {
          const chosen = placement[item.id];
          const right = chosen === item.category;
          return (
            <li key={item.id}>
              <fieldset>
                <legend>
                  <InlineText nodes={item.text} />
                </legend>
                <ul className="options" role="list">
                  {block.categories.map((category) => (
                    <li key={category.id}>
                      <label className="option">
                        <input
                          type="radio"
                          name={`${id}-${item.id}`}
                          value={category.id}
                          checked={chosen === category.id}
                          onChange={() => setPlacement({ ...placement, [item.id]: category.id })}
                        />
                        <span>
                          <InlineText nodes={category.label} />
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
                {chosen !== undefined && isCurrent(item.id) && (
                  <div className={`feedback ${right ? 'feedback-right' : 'feedback-wrong'}`}>
                    <p className="feedback-verdict">
                      <strong>{right ? 'Right.' : 'Not quite.'}</strong> You put it under “{categoryLabel(chosen)}”.
                    </p>
                    <RichText blocks={item.feedback} />
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" onClick={check}>
          Check my sorting
        </button>
      </div>
      <AlertRegion>{hint && <p className="hint">{hint}</p>}</AlertRegion>
      {checked !== null && allCurrent && (
        <p className="activity-summary">
          <strong>{summary(checked)}</strong>
          {rightCount(checked) < block.items.length && ' Change any item marked “Not quite” and check again.'}
        </p>
      )}
      {done && block.answerKey && <Comparison block={{ type: 'comparison', ...block.answerKey }} />}
      {block.source && (
        <p className="source">
          Source: <InlineText nodes={block.source} />
        </p>
      )}
    </section>
  );
}
