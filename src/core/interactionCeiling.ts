// The most interactions a learner can add to the LMS record in a full run with every attempt used, worked out
// from the content, so an LMS that caps interactions (some at 100 or fewer) can be checked against it and a
// content change that would pass the cap fails a test (tests/unit/interactionCeiling.test.ts):
//   final-assessment items drawn × attempts   (one per item per submitted attempt)
// + 1 role answer                             (one per launch in which the learner picks a different role)
// + practice questions                        (one each: the first answer checked, see CourseSession)
// + every other quiz's items shown            (the pre-test's pre.<item>, an evaluation's eval.<item>: one each)
import { quizQuestions } from '../content/quizQuestions';
import type { CourseIndex } from './courseIndex';

/** The cap the course is built to stay under: the lowest cap among the LMSs we know of. */
export const INTERACTION_CAP = 100;

export interface InteractionCeiling {
  final: number;
  role: number;
  practice: number;
  /** Pre-test, evaluation and any other quiz answered once: one interaction per item shown. */
  once: number;
  total: number;
}

export function interactionCeiling(index: CourseIndex): InteractionCeiling {
  const final = drawnFrom(index.final?.pools ?? []) * index.course.attempts;
  const role = index.course.intake.roles.length > 0 ? 1 : 0;
  const practice = index.practiceIds.size;
  const once = Object.values(index.course.quizzes)
    .filter((quiz) => quiz.kind !== 'final' && quiz.kind !== 'checkpoint')
    .reduce((sum, quiz) => sum + ('pools' in quiz ? drawnFrom(quiz.pools) : quizQuestions(quiz).length), 0);
  return { final, role, practice, once, total: final + role + practice + once };
}

/** Items shown from a quiz's pools: each pool's draw, or all its items when it has fewer. */
function drawnFrom(pools: readonly { draw: number; items: readonly unknown[] }[]): number {
  return pools.reduce((sum, pool) => sum + Math.min(pool.draw, pool.items.length), 0);
}
