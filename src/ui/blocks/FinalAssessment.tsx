// The final assessment: start an attempt, answer the drawn questions (saved as the learner goes, so a resumed
// attempt has its answers), submit, then see the score with feedback and, after a fail, the lessons to review.
import type { FinalQuiz } from '../../content/schema';
import { attemptItems, currentAttempt, finalStatus, objectiveScores } from '../../core/finalAssessment';
import { newSeed } from '../../core/shuffle';
import { useCourse } from '../CourseContext';
import { EvaluationInvite } from '../EvaluationView';
import { RichText } from '../RichText';
import { Feedback } from '../question/Feedback';
import { QuestionSheet } from '../question/QuestionSheet';
import { isAnswered } from '../question/answerDraft';
import { useEffect, useRef, useState } from 'react';
import { AlertRegion } from '../AlertRegion';
import { Icon } from '../icons/Icon';

export function FinalAssessment({ quiz }: { quiz: FinalQuiz }) {
  const { index, snapshot, dispatch, announce, goTo } = useCourse();
  const state = snapshot.state;
  const status = finalStatus(index, state);
  const attempt = currentAttempt(state);
  const mastery = index.course.masteryScore;
  const allowed = index.course.attempts;
  // The learner was warned that this many questions of this attempt are unanswered; pressing Submit again with
  // the same count submits. Tied to the attempt, so a new attempt starts without a warning from the last one.
  const [warned, setWarned] = useState<{ attempt: number; missing: number } | null>(null);
  // "Start" and "Submit" give way to what they bring: focus follows to the attempt's first line or to the
  // result's heading, so keyboard and screen-reader users are not left on a button that no longer exists.
  const focusNext = useRef<'attempt' | 'result' | null>(null);
  const attemptLine = useRef<HTMLParagraphElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const target = focusNext.current === 'attempt' ? attemptLine.current : focusNext.current === 'result' ? resultHeading.current : null;
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const start = () => {
    focusNext.current = 'attempt';
    dispatch({ type: 'startAttempt', seed: newSeed() });
    announce(`Attempt ${state.attempts.length + 1} started.`);
  };

  if (status.kind === 'not-started' || !attempt) {
    return (
      <section className="final">
        {quiz.intro && <RichText blocks={quiz.intro} />}
        <p>
          You have {allowed} attempt{allowed === 1 ? '' : 's'}.{mastery !== null && ` You need ${mastery}% to pass.`} There is no time
          limit.
        </p>
        <button type="button" onClick={start}>
          Start the assessment
        </button>
      </section>
    );
  }

  const items = attemptItems(index, attempt);

  if (status.kind === 'in-progress') {
    const missing = items.filter((item) => !isAnswered(item, attempt.answers[item.id] ?? '')).length;
    const warning = warned?.attempt === attempt.number ? warned.missing : null;
    const submit = () => {
      if (missing > 0 && warning !== missing) {
        setWarned({ attempt: attempt.number, missing });
        return;
      }
      focusNext.current = 'result';
      dispatch({ type: 'submitAttempt' });
      announce('Answers submitted. Your results follow.');
    };
    return (
      <section className="final">
        <p ref={attemptLine} tabIndex={-1}>
          Attempt {attempt.number} of {allowed}. {items.length} questions. Your answers are saved as you go.
        </p>
        <QuestionSheet
          items={items}
          answers={attempt.answers}
          seed={attempt.seed}
          onAnswer={(itemId, answer) => dispatch({ type: 'answerFinal', itemId, answer })}
        />
        <AlertRegion>
          {warning !== null && (
            <p className="warning">
              <Icon name="triangle-alert" />
              <span>
                <strong>Warning:</strong> {warning} question{warning === 1 ? ' is' : 's are'} not answered and will count as wrong. Press
                “Submit answers” again to submit anyway.
              </span>
            </p>
          )}
        </AlertRegion>
        <button type="button" onClick={submit}>
          Submit answers
        </button>
      </section>
    );
  }

  const scores = objectiveScores(index, attempt);
  const weak = index.course.objectives.filter((o) => mastery !== null && (scores.get(o.id) ?? 100) < mastery);
  return (
    <section className="final">
      <h2 ref={resultHeading} tabIndex={-1}>
        Your result
      </h2>
      <p className="result">
        You scored <strong>{status.score}%</strong> on attempt {attempt.number} of {allowed}.{' '}
        {status.kind === 'passed' ? 'You passed.' : mastery !== null ? `You need ${mastery}% to pass.` : ''}
      </p>
      {status.kind === 'failed' && status.attemptsLeft > 0 && (
        <div className="review">
          <p>
            You have {status.attemptsLeft} attempt{status.attemptsLeft === 1 ? '' : 's'} left. Review these parts of the course first, then
            try again with a new set of questions:
          </p>
          <ul>
            {weak.map((objective) => {
              const pages = index.course.pages.filter((p) => p.objective === objective.id);
              return (
                <li key={objective.id}>
                  {objective.short} ({scores.get(objective.id)}%):{' '}
                  {pages.map((page, i) => (
                    <span key={page.id}>
                      {i > 0 && ', '}
                      <button type="button" className="link-button" onClick={() => goTo(page.id)}>
                        {page.title}
                      </button>
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={start}>
            Start attempt {attempt.number + 1}
          </button>
        </div>
      )}
      {status.kind === 'failed' && status.attemptsLeft === 0 && (
        <p>You have used all {allowed} attempts. Your result has been recorded. You can still review the course and the feedback below.</p>
      )}
      <EvaluationInvite />
      <h3>Feedback on each question</h3>
      <ol className="final-review">
        {items.map((item) => {
          const answer = attempt.answers[item.id] ?? '';
          return (
            <li key={item.id}>
              <div className="review-stem">
                <RichText blocks={item.stem} />
              </div>
              {answer ? (
                <Feedback question={item} answer={answer} onReview={goTo} />
              ) : (
                <p>
                  <strong>Not answered</strong>, so counted as wrong.
                </p>
              )}
              {item.teaches && <p className="source">Taught in: {index.pageById.get(item.teaches)?.title}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
