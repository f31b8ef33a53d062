// A numbered list of questions answered together and submitted at once (the pre-test, a final attempt): each
// question a fieldset whose legend says its number and its stem, answers saved as the learner goes.
import type { Question } from '../../content/schema';
import { optionIdOrder } from '../../core/shuffle';
import { PhrasingText } from '../PhrasingText';
import { emptyAnswer } from './answerDraft';
import { QuestionControls } from './QuestionControls';

export function QuestionSheet({
  items,
  answers,
  seed,
  onAnswer,
}: {
  items: Question[];
  answers: Record<string, string>;
  /** Orders each question's options for this learner or attempt. */
  seed: Parameters<typeof optionIdOrder>[0];
  onAnswer(itemId: string, answer: string): void;
}) {
  return (
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
              onChange={(answer) => onAnswer(item.id, answer)}
              order={optionIdOrder(seed, item.id)}
            />
          </fieldset>
        </li>
      ))}
    </ol>
  );
}
