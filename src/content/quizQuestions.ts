// Every question of a quiz, whatever its kind: a checkpoint's items, or every pool's items of the final or the pre-test.
import type { Question, Quiz } from './schema';

export function quizQuestions(quiz: Quiz): Question[] {
  return quiz.kind === 'checkpoint' ? quiz.items : quiz.pools.flatMap((pool) => pool.items);
}
