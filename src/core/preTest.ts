// The knowledge pre-test: a few items per objective, offered before the first lesson so the course can show each
// learner (and the training program, through the LMS) what they knew before and after. It is ungraded: it counts
// toward nothing, and once a lesson has been opened it is no longer offered, because it would no longer measure
// what the learner knew beforehand.
import type { Question } from '../content/schema';
import { choosesNothing, isValidAnswer } from './answers';
import type { CourseIndex } from './courseIndex';
import { scoreAnswers } from './finalAssessment';
import { seededShuffle } from './random';
import type { LearnerState } from './state';

/** The items this learner's pre-test shows, objective by objective: each pool's seeded draw (all of a pool whose
 *  draw is its size, in this learner's order). */
export function pretestItems(index: CourseIndex, seed: number | null): Question[] {
  return (index.pretest?.pools ?? []).flatMap((pool) =>
    seededShuffle(pool.items, seed ?? 0, `pretest:${pool.objective}`).slice(0, pool.draw),
  );
}

/** A lesson is any page of an objective; the introduction pages come before the pre-test's "before". */
function hasStartedLessons(index: CourseIndex, state: LearnerState): boolean {
  return state.attempts.length > 0 || state.visited.some((id) => (index.pageById.get(id)?.objective ?? null) !== null);
}

/** Whether the pre-test can still be taken (or skipped): there is one, it is not finished, no lesson is opened. */
export function pretestOpen(index: CourseIndex, state: LearnerState): boolean {
  return index.pretest !== null && !state.pretest?.finished && !hasStartedLessons(index, state);
}

export function withPretestAnswer(index: CourseIndex, state: LearnerState, itemId: string, answer: string): LearnerState {
  if (!pretestOpen(index, state)) return state;
  const item = pretestItems(index, state.shuffleSeed).find((candidate) => candidate.id === itemId);
  if (!item) return state;
  const { [itemId]: previous, ...others } = state.pretest?.answers ?? {};
  if (choosesNothing(answer)) {
    return previous === undefined ? state : { ...state, pretest: { finished: false, answers: others } };
  }
  if (!isValidAnswer(item, answer) || previous === answer) return state;
  return { ...state, pretest: { finished: false, answers: { ...others, [itemId]: answer } } };
}

/** Submitting and skipping both finish it: the answers given (none, when skipped) are final. */
export function withPretestFinished(index: CourseIndex, state: LearnerState): LearnerState {
  if (!pretestOpen(index, state)) return state;
  return { ...state, pretest: { finished: true, answers: state.pretest?.answers ?? {} } };
}

/** Per objective, the percent right of the items shown (an item left blank counts as not known); null when the
 *  learner skipped the pre-test or did not finish it. */
export function pretestScores(index: CourseIndex, state: LearnerState): Map<string, number> | null {
  const pretest = state.pretest;
  if (!pretest?.finished || Object.keys(pretest.answers).length === 0) return null;
  const byObjective = new Map<string, Question[]>();
  for (const item of pretestItems(index, state.shuffleSeed)) {
    const objective = item.objective ?? '';
    byObjective.set(objective, [...(byObjective.get(objective) ?? []), item]);
  }
  return new Map([...byObjective].map(([objective, items]) => [objective, scoreAnswers(items, pretest.answers)]));
}
