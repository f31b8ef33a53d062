// The knowledge pre-test, shown between the welcome screen and the first page while it is open (preTest.ts).
// Answers are saved as the learner goes; "Submit" and "Skip" both finish it and go on to the course. No feedback
// is shown: the same concepts come in the lessons and the final assessment, which show the learner their results.
import type { PretestQuiz } from '../content/schema';
import { pretestItems } from '../core/preTest';
import { useCourse } from './CourseContext';
import { QuestionSheet } from './question/QuestionSheet';
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
      <QuestionSheet
        items={items}
        answers={answers}
        seed={seed}
        onAnswer={(itemId, answer) => dispatch({ type: 'answerPretest', itemId, answer })}
      />
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
