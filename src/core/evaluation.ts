// The end-of-course evaluation: optional, offered once the final assessment is over (or, in a course without one,
// once the course is complete), given once. Only ratings 1–5 are kept and reported, never free text, and nothing
// about completion or success depends on it.
import { completion } from './completion';
import type { CourseIndex } from './courseIndex';
import { finalIsFinished } from './finalAssessment';
import type { LearnerState } from './state';

/** 1 = strongly disagree … 5 = strongly agree. */
export const RATINGS = ['1', '2', '3', '4', '5'] as const;

export function isRating(value: string): boolean {
  return (RATINGS as readonly string[]).includes(value);
}

export function evaluationOpen(index: CourseIndex, state: LearnerState): boolean {
  if (!index.evaluation || state.evaluation !== null) return false;
  return index.final ? finalIsFinished(index, state) : completion(index, state) === 'completed';
}

/** The ratings given, if they can be accepted: at least one, each for a statement of the form and from 1 to 5. */
export function withEvaluation(index: CourseIndex, state: LearnerState, ratings: Record<string, string>): LearnerState {
  if (!evaluationOpen(index, state)) return state;
  const ids = new Set(index.evaluation?.items.map((item) => item.id));
  const entries = Object.entries(ratings);
  if (entries.length === 0 || !entries.every(([id, rating]) => ids.has(id) && isRating(rating))) return state;
  return { ...state, evaluation: Object.fromEntries(entries) };
}
