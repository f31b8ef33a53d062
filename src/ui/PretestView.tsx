// The knowledge pre-test, shown between the welcome screen and the first page while it is open (preTest.ts).
// Answers are saved as the learner goes; "Submit" and "Skip" both finish it and go on to the course. No feedback
// is shown: the same concepts come in the lessons and the final assessment, which show the learner their results.
import type { PretestQuiz } from '../content/schema';
import { pretestItems } from '../core/preTest';
import { optionIdOrder } from '../core/shuffle';
import { useCourse } from './CourseContext';
import { PhrasingText } from './PhrasingText';
import { emptyAnswer } from './question/answerDraft';
import { QuestionControls } from './question/QuestionControls';
import { RichText } from './RichText';
import { ViewHeading } from './ViewHeading';

export function PretestView({ pretest, onDone }: { pretest: PretestQuiz; onDone(): void }) {
  const { index, snapshot, dispatch, announce } = useCourse();
  const seed = snapshot.state.shuffleSeed;
  const answers = snapshot.state.pretest?.answers ?? {};
  const items = pretestItems(index, seed);
  const finish = (message: string) => {
    dispatch({ type: 'finishPretest' });
    announce(message);
    onDone();
  };
  return (
    <article className="pretest">
      <ViewHeading>{pretest.title}</ViewHeading>
      {pretest.intro && <RichText blocks={pretest.intro} />}
      <ol className="final-items">
        {items.map((item, i) => (
          <li key={item.id}>
            <fieldset>
              <legend>
                <span className="question-label">
                  Question {i + 1} of {items.length}
                </span>
                <PhrasingText blocks={item.stem} />
                {item.kind === 'multiple' && <span className="stem-paragraph hint">Choose all that apply.</span>}
              </legend>
              <QuestionControls
                question={item}
                answer={answers[item.id] ?? emptyAnswer(item)}
                onChange={(answer) => dispatch({ type: 'answerPretest', itemId: item.id, answer })}
                order={optionIdOrder(seed, item.id)}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => finish('Pre-test answers submitted.')}>
          Submit and start the course
        </button>
        <button type="button" className="secondary" onClick={() => finish('Pre-test skipped.')}>
          Skip the pre-test
        </button>
      </div>
    </article>
  );
}
