import { describe, expect, it } from 'vitest';
import { engineIndex, repoRoot } from '../../tests/support/fixtures';
import { loadCourse } from '../content/load';
import type { Question } from '../content/schema';
import { indexCourse, type CourseIndex } from './courseIndex';
import { drawItems } from './finalAssessment';
import { apply } from './progress';
import { initialState, type FinalAttempt, type LearnerState } from './state';

/** An index whose final has one pool per entry: `size` items, `draw` drawn. */
function indexWithPools(pools: { size: number; draw: number }[]): CourseIndex {
  const base = engineIndex();
  const item = (id: string): Question => ({ id, kind: 'trueFalse', stem: [], topics: [], answer: true, feedback: { true: [], false: [] } });
  const final = {
    ...base.final!,
    pools: pools.map(({ size, draw }, p) => ({
      objective: `obj-${p}`,
      draw,
      items: Array.from({ length: size }, (_, i) => item(`p${p}-${i}`)),
    })),
  };
  return { ...base, final, questionById: new Map(final.pools.flatMap((pool) => pool.items.map((q) => [q.id, q] as const))) };
}

const attempt = (items: string[], number = 1): FinalAttempt => ({ number, seed: 1, items, answers: {}, score: 0 });
const repeated = (a: string[], b: string[]) => b.filter((id) => a.includes(id)).length;

describe('the final draw on a retake', () => {
  it('repeats nothing of the earlier attempts while the pools are at least three times the draw', () => {
    const index = indexWithPools([
      { size: 15, draw: 5 },
      { size: 12, draw: 4 },
    ]);
    for (let seed = 0; seed < 50; seed++) {
      const first = drawItems(index, seed);
      const second = drawItems(index, seed + 1000, [attempt(first)]);
      const third = drawItems(index, seed + 2000, [attempt(first), attempt(second, 2)]);
      expect(first).toHaveLength(9);
      expect(repeated(first, second)).toBe(0);
      expect(repeated([...first, ...second], third)).toBe(0);
    }
  });

  it('repeats only what a small pool cannot avoid, and then the items met longest ago', () => {
    const index = indexWithPools([{ size: 7, draw: 5 }]);
    const first = drawItems(index, 3);
    const second = drawItems(index, 4, [attempt(first)]);
    expect(repeated(first, second)).toBe(3); // 2 fresh items, so 3 must come back
    const third = drawItems(index, 5, [attempt(first), attempt(second, 2)]);
    // The 2 items last met in attempt 1 come back before any item of attempt 2.
    const lastMetInFirst = first.filter((id) => !second.includes(id));
    expect(lastMetInFirst).toHaveLength(2);
    expect(third).toEqual(expect.arrayContaining(lastMetInFirst));
  });

  it('is fixed by the seed and the earlier attempts, so a resumed attempt keeps its items', () => {
    const index = indexWithPools([{ size: 15, draw: 5 }]);
    const first = drawItems(index, 3);
    expect(drawItems(index, 8, [attempt(first)])).toEqual(drawItems(index, 8, [attempt(first)]));
  });

  it('is what a retake gets: startAttempt passes the earlier attempts', () => {
    const index = indexWithPools([{ size: 15, draw: 5 }]);
    let state: LearnerState = apply(index, initialState, { type: 'startAttempt', seed: 1 });
    state = apply(index, state, { type: 'submitAttempt' });
    state = apply(index, state, { type: 'startAttempt', seed: 2 });
    expect(repeated(state.attempts[0]!.items, state.attempts[1]!.items)).toBe(0);
  });

  it('in the real course, a retake repeats at most a third of the items of the attempt before', () => {
    const index = indexCourse(loadCourse(repoRoot));
    let worst = 0;
    for (let seed = 0; seed < 200; seed++) {
      const first = drawItems(index, seed);
      const second = drawItems(index, seed * 31 + 7, [attempt(first)]);
      worst = Math.max(worst, repeated(first, second) / first.length);
    }
    expect(worst).toBeLessThanOrEqual(1 / 3);
  });
});
