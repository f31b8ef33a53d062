// Feedback that teaches: whether the answer is right, and why, for each option the learner chose (and each
// right option they missed). Said in words, never by colour alone.
import type { Question } from '../../content/schema';
import { isCorrect, sortedPairIds } from '../../core/answers';
import { useCourse } from '../CourseContext';
import { InlineText, RichText } from '../RichText';

export function Feedback({ question, answer, onReview }: { question: Question; answer: string; onReview?: (pageId: string) => void }) {
  const { index } = useCourse();
  const right = isCorrect(question, answer);
  // Named by the page it leads to, so the review buttons of several questions say where each goes.
  const reviewPage = question.teaches ? index.pageById.get(question.teaches) : undefined;
  return (
    <div className={`feedback ${right ? 'feedback-right' : 'feedback-wrong'}`}>
      <p className="feedback-verdict"><strong>{right ? 'Correct.' : 'Not quite.'}</strong></p>
      <FeedbackDetail question={question} answer={answer} />
      {!right && reviewPage && onReview && (
        <p>
          <button type="button" className="link-button" onClick={() => onReview(reviewPage.id)}>
            Review the page “{reviewPage.title}”
          </button>
        </p>
      )}
    </div>
  );
}

function FeedbackDetail({ question, answer }: { question: Question; answer: string }) {
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const shown = question.options.filter((o) => answer.includes(o.id) || (question.kind === 'multiple' && o.correct));
      return (
        <ul className="feedback-list">
          {shown.map((option) => (
            <li key={option.id}>
              <strong>
                <InlineText nodes={option.text} />
                {answer.includes(option.id) ? ' (your choice' : ' (you did not choose this'}
                {option.correct ? ', a right answer)' : ')'}
              </strong>
              <RichText blocks={option.feedback} />
            </li>
          ))}
        </ul>
      );
    }
    case 'trueFalse':
      return <RichText blocks={answer === 't' ? question.feedback.true : question.feedback.false} />;
    case 'matching': {
      const ids = sortedPairIds(question);
      return (
        <ul className="feedback-list">
          {ids.map((id, i) => {
            const pair = question.pairs.find((p) => p.id === id);
            if (!pair) return null;
            return (
              <li key={id}>
                <strong>
                  <InlineText nodes={pair.prompt} />: {answer[i] === id ? 'matched correctly' : 'not matched correctly'}
                </strong>
                <RichText blocks={pair.feedback} />
              </li>
            );
          })}
        </ul>
      );
    }
  }
}
