// The end-of-course evaluation (evaluation.ts): one group of five radio buttons per statement, sent once with
// "Send my answers". Optional; the learner is told before answering that the answers go with their record.
import { useId, useState } from 'react';
import type { EvaluationForm } from '../content/schema';
import { evaluationOpen, RATINGS } from '../core/evaluation';
import { AlertRegion } from './AlertRegion';
import { useCourse } from './CourseContext';
import { RichText } from './RichText';
import { ViewHeading } from './ViewHeading';

export function EvaluationView({ form, onDone }: { form: EvaluationForm; onDone(): void }) {
  const { snapshot, dispatch, announce } = useCourse();
  const name = useId();
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [hint, setHint] = useState('');
  const sent = snapshot.state.evaluation;

  const send = () => {
    if (Object.keys(ratings).length === 0) {
      setHint('Choose an answer for at least one statement, or go back without sending.');
      return;
    }
    dispatch({ type: 'submitEvaluation', ratings });
    announce('Thank you. Your answers were sent.');
  };

  return (
    <article className="evaluation">
      <ViewHeading refocusKey={sent !== null}>{form.title}</ViewHeading>
      {sent !== null ? (
        <p role="status">Thank you. Your answers were sent to the training program with your record.</p>
      ) : (
        <>
          {form.intro && <RichText blocks={form.intro} />}
          <p className="callout callout-important">
            <strong>Not anonymous:</strong> your answers go to the training program with your learner record in your learning system, where
            the people who run this training can see them.
          </p>
          <ol className="final-items">
            {form.items.map((item) => (
              <li key={item.id}>
                <fieldset>
                  <legend>{item.statement}</legend>
                  <ul className="options" role="list">
                    {RATINGS.map((rating, i) => (
                      <li key={rating}>
                        <label className="option">
                          <input
                            type="radio"
                            name={`${name}-${item.id}`}
                            value={rating}
                            checked={ratings[item.id] === rating}
                            onChange={() => setRatings({ ...ratings, [item.id]: rating })}
                          />
                          <span>{form.scale[i]}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              </li>
            ))}
          </ol>
          <AlertRegion>{hint && <p className="hint">{hint}</p>}</AlertRegion>
        </>
      )}
      <div className="actions">
        {sent === null && (
          <button type="button" onClick={send}>
            Send my answers
          </button>
        )}
        <button type="button" className="secondary" onClick={onDone}>
          {sent === null ? 'Back without sending' : 'Back to your results'}
        </button>
      </div>
    </article>
  );
}

/** Where the evaluation is offered (after the final assessment, and on the results screen) while it can be given. */
export function EvaluationInvite() {
  const { index, snapshot, openEvaluation } = useCourse();
  if (!evaluationOpen(index, snapshot.state)) return null;
  return (
    <section className="evaluation-invite" aria-labelledby="evaluation-invite-title">
      <h2 id="evaluation-invite-title">Tell us what you thought</h2>
      <p>A few statements to rate, optional. Your answers go to the training program with your record.</p>
      <button type="button" onClick={openEvaluation}>
        Evaluate the course
      </button>
    </section>
  );
}
