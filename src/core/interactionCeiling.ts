// The most interactions a learner can add to the LMS record in a full run with every attempt used, worked out
// from the content, so an LMS that caps interactions (some at 100 or fewer) can be checked against it and a
// content change that would pass the cap fails a test (tests/unit/interactionCeiling.test.ts):
//   final-assessment items drawn × attempts   (one per item per submitted attempt)
// + 1 role answer                             (one per launch in which the learner picks a different role)
// + practice questions                        (one each: the first answer checked, see CourseSession)
// Interactions of other kinds (a pre-test, an evaluation) add their own item counts here when they are added.
import type { CourseIndex } from './courseIndex';

/** The cap the course is built to stay under: the lowest cap among the LMSs we know of. */
export const INTERACTION_CAP = 100;

export interface InteractionCeiling {
  final: number;
  role: number;
  practice: number;
  total: number;
}

export function interactionCeiling(index: CourseIndex): InteractionCeiling {
  const drawn = index.final?.pools.reduce((sum, pool) => sum + Math.min(pool.draw, pool.items.length), 0) ?? 0;
  const final = drawn * index.course.attempts;
  const role = index.course.intake.roles.length > 0 ? 1 : 0;
  const practice = index.practiceIds.size;
  return { final, role, practice, total: final + role + practice };
}
