// A question to practise with: unlimited tries, feedback after each check. Used for knowledge checks in pages
// and for checkpoint items. Options are in this learner's order (shuffle.ts).
import { useState } from 'react';
import type { Question } from '../../content/schema';
import { isCorrect } from '../../core/answers';
import { optionIdOrder } from '../../core/shuffle';
import { useCourse } from '../CourseContext';
import { emptyAnswer, isAnswered } from './answerDraft';
import { Feedback } from './Feedback';
import { QuestionControls } from './QuestionControls';
import { PhrasingText } from '../PhrasingText';
import { richToText } from '../../content/richText';
import { shortText } from '../shortText';
import { AlertRegion } from '../AlertRegion';

export function PracticeQuestion({ question, label }: { question: Question; label: string }) {
  const { snapshot, dispatch, announce, goTo } = useCourse();
  const saved = snapshot.state.answers[question.id];
  const [draft, setDraft] = useState(saved ?? emptyAnswer(question));
  const [hint, setHint] = useState('');

  const check = () => {
    if (!isAnswered(question, draft)) {
      setHint(question.kind === 'matching' ? 'Choose a match for every item first.' : 'Choose an answer first.');
      return;
    }
    setHint('');
    dispatch({ type: 'answer', questionId: question.id, answer: draft });
    announce(isCorrect(question, draft) ? 'Correct. Feedback follows the question.' : 'Not quite. Feedback follows the question.');
  };

  return (
    <section className="question" aria-label={label}>
      <fieldset>
        <legend>
          <span className="question-label">{label}</span>
          <PhrasingText blocks={question.stem} />
          {question.kind === 'multiple' && <span className="stem-paragraph hint">Choose all that apply.</span>}
        </legend>
        <QuestionControls
          question={question}
          answer={draft}
          onChange={setDraft}
          order={optionIdOrder(snapshot.state.shuffleSeed, question.id)}
        />
      </fieldset>
      {/* Several questions on a page: the start of the stem tells each "Check answer" apart in a list of buttons. */}
      <button type="button" aria-label={`Check answer: ${shortText(richToText(question.stem))}`} onClick={check}>
        Check answer
      </button>
      <AlertRegion>{hint && <p className="hint">{hint}</p>}</AlertRegion>
      {saved !== undefined && saved === draft && <Feedback question={question} answer={saved} onReview={goTo} />}
    </section>
  );
}
