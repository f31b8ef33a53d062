// The most interactions a learner can add to the LMS record in a full run with every attempt used, worked out
// from the content, so an LMS that caps interactions (some at 100 or fewer) can be checked against it and a
// content change that would pass the cap fails a test (tests/unit/interactionCeiling.test.ts):
//   final-assessment items drawn × attempts   (one per item per submitted attempt)
// + 1 role answer                             (one per launch in which the learner picks a different role)
// + practice questions                        (one each: the first answer checked, see CourseSession)
// + pre-test items shown                      (pre.<item>, once, when the pre-test is submitted)
// + evaluation statements                     (eval.<item>, once, when the form is sent)
import type { CourseIndex } from './courseIndex';

/** The cap the course is built to stay under: the lowest cap among the LMSs we know of. */
export const INTERACTION_CAP = 100;

export interface InteractionCeiling {
  final: number;
  role: number;
  practice: number;
  pretest: number;
  evaluation: number;
  total: number;
}

export function interactionCeiling(index: CourseIndex): InteractionCeiling {
  const parts = {
    final: drawnFrom(index.final?.pools ?? []) * index.course.attempts,
    role: index.course.intake.roles.length > 0 ? 1 : 0,
    practice: index.practiceIds.size,
    pretest: drawnFrom(index.pretest?.pools ?? []),
    evaluation: index.evaluation?.items.length ?? 0,
  };
  return { ...parts, total: Object.values(parts).reduce((sum, n) => sum + n, 0) };
}

/** Items shown from a quiz's pools: each pool's draw, or all its items when it has fewer. */
function drawnFrom(pools: readonly { draw: number; items: readonly unknown[] }[]): number {
  return pools.reduce((sum, pool) => sum + Math.min(pool.draw, pool.items.length), 0);
}
