import type { CheckpointQuiz } from '../../content/schema';
import { RichText } from '../RichText';
import { PracticeQuestion } from '../question/PracticeQuestion';

export function Checkpoint({ quiz }: { quiz: CheckpointQuiz }) {
  return (
    <section className="checkpoint" aria-label={quiz.title}>
      {quiz.intro && <RichText blocks={quiz.intro} />}
      {quiz.items.map((item, i) => (
        <PracticeQuestion key={item.id} question={item} label={`Question ${i + 1} of ${quiz.items.length}`} />
      ))}
    </section>
  );
}
