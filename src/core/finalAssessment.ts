// The final assessment: a seeded draw from a pool per objective, scoring, and the attempt rules.
import type { Question } from '../content/schema';
import { isCorrect } from './answers';
import type { CourseIndex } from './courseIndex';
import { seededShuffle } from './random';
import type { FinalAttempt, LearnerState } from './state';

/**
 * The items of a new attempt: `draw` items from each objective's pool, in an order fixed by the seed. A retake
 * prefers items the learner has not met yet, then those met longest ago, so it repeats an earlier attempt's items
 * (whose answers its review showed) only when the pool is too small to avoid it.
 */
export function drawItems(index: CourseIndex, seed: number, earlier: readonly FinalAttempt[] = []): string[] {
  if (!index.final) return [];
  const lastMet = new Map<string, number>();
  earlier.forEach((attempt, position) => attempt.items.forEach((id) => lastMet.set(id, position + 1)));
  const drawn = index.final.pools.flatMap((pool) =>
    seededShuffle(pool.items, seed, `pool:${pool.objective}`)
      // A stable sort: within the same recency the seeded order stands.
      .sort((a, b) => (lastMet.get(a.id) ?? 0) - (lastMet.get(b.id) ?? 0))
      .slice(0, pool.draw)
      .map((item) => item.id),
  );
  return seededShuffle(drawn, seed, 'order');
}

export function scoreAnswers(items: Question[], answers: Record<string, string>): number {
  if (items.length === 0) return 0;
  const right = items.filter((item) => {
    const answer = answers[item.id];
    return answer !== undefined && isCorrect(item, answer);
  }).length;
  return Math.round((right / items.length) * 100);
}

export function attemptItems(index: CourseIndex, attempt: FinalAttempt): Question[] {
  return attempt.items.flatMap((id) => {
    const item = index.questionById.get(id);
    return item ? [item] : [];
  });
}

export function currentAttempt(state: LearnerState): FinalAttempt | undefined {
  return state.attempts[state.attempts.length - 1];
}

export function hasPassed(index: CourseIndex, state: LearnerState): boolean {
  const mastery = index.course.masteryScore;
  return state.attempts.some((a) => a.score !== null && (mastery === null || a.score >= mastery));
}

export type FinalStatus =
  | { kind: 'not-started' }
  | { kind: 'in-progress'; attempt: FinalAttempt }
  | { kind: 'passed'; score: number }
  | { kind: 'failed'; score: number; attemptsLeft: number };

export function finalStatus(index: CourseIndex, state: LearnerState): FinalStatus {
  const attempt = currentAttempt(state);
  if (!attempt) return { kind: 'not-started' };
  if (attempt.score === null) return { kind: 'in-progress', attempt };
  if (hasPassed(index, state)) return { kind: 'passed', score: attempt.score };
  return { kind: 'failed', score: attempt.score, attemptsLeft: Math.max(0, index.course.attempts - state.attempts.length) };
}

/** Finished: passed, or failed with no attempts left. */
export function finalIsFinished(index: CourseIndex, state: LearnerState): boolean {
  const status = finalStatus(index, state);
  return status.kind === 'passed' || (status.kind === 'failed' && status.attemptsLeft === 0);
}

/** Per-objective percent on the latest submitted attempt, for cmi.objectives and the review between attempts. */
export function objectiveScores(index: CourseIndex, attempt: FinalAttempt): Map<string, number> {
  const byObjective = new Map<string, Question[]>();
  for (const item of attemptItems(index, attempt)) {
    const objective = item.objective ?? '';
    byObjective.set(objective, [...(byObjective.get(objective) ?? []), item]);
  }
  return new Map([...byObjective].map(([objective, items]) => [objective, scoreAnswers(items, attempt.answers)]));
}
