// Feedback that teaches: the verdict once, then for each option the learner chose (and each right option they
// missed) what it is and why. Said in words, never by colour alone. A link back to the page that teaches the
// question is offered only when it leads somewhere else: a knowledge check on that page has the lesson above it.
import type { Question } from '../../content/schema';
import { isCorrect, sortedPairIds } from '../../core/answers';
import { useCourse } from '../CourseContext';
import { Icon } from '../icons/Icon';
import { InlineText, RichText } from '../RichText';
import { withoutLeadingVerdict } from './feedbackText';

export function Feedback({ question, answer, onReview }: { question: Question; answer: string; onReview?: (pageId: string) => void }) {
  const { index, snapshot } = useCourse();
  const right = isCorrect(question, answer);
  const reviewPage = question.teaches && question.teaches !== snapshot.state.location ? index.pageById.get(question.teaches) : undefined;
  return (
    <div className={`feedback ${right ? 'feedback-right' : 'feedback-wrong'}`}>
      <p className="feedback-verdict">
        <Icon name={right ? 'circle-check' : 'triangle-alert'} />
        <strong>{right ? 'Correct.' : 'Not quite.'}</strong>
      </p>
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

function optionLabel(chosen: boolean, correct: boolean): string {
  if (chosen) return correct ? 'Your answer, right' : 'Your answer, not right';
  return 'Right answer you missed';
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
              <span className="feedback-option-label">{optionLabel(answer.includes(option.id), option.correct)}:</span>{' '}
              <strong>
                <InlineText nodes={option.text} />
              </strong>
              <RichText blocks={withoutLeadingVerdict(option.feedback)} />
            </li>
          ))}
        </ul>
      );
    }
    case 'trueFalse':
      return <RichText blocks={withoutLeadingVerdict(answer === 't' ? question.feedback.true : question.feedback.false)} />;
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
                <RichText blocks={withoutLeadingVerdict(pair.feedback)} />
              </li>
            );
          })}
        </ul>
      );
    }
  }
}
