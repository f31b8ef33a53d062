import { describe, expect, it } from 'vitest';
import { engineIndex } from '../../tests/support/fixtures';
import { MemoryTracker, immediateClock } from '../../tests/support/memoryTracker';
import { SEED_LIMIT } from './random';
import { CourseSession } from './session';
import { activityOrder, newSeed, optionOrder } from './shuffle';

const index = engineIndex();
const options = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((o) => o.id).join('');

describe('shuffle: every list in an order of the learner', () => {
  it('gives one learner the same order every time, and other learners other orders', () => {
    expect(ids(optionOrder(options, 42, 'kc-a'))).toBe(ids(optionOrder(options, 42, 'kc-a')));
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => ids(optionOrder(options, seed * 7919, 'kc-a'))));
    expect(orders.size).toBeGreaterThan(10);
    // Over many learners the authored first option (often the right answer) is first about a fifth of the time.
    const firstIsA = Array.from({ length: 1000 }, (_, seed) => optionOrder(options, seed, 'kc-a')[0]!.id === 'a').filter(Boolean).length;
    expect(firstIsA).toBeGreaterThan(150);
    expect(firstIsA).toBeLessThan(250);
  });

  it('orders each question and activity on its own, and keeps the authored order only without a seed', () => {
    const items = Array.from({ length: 8 }, (_, i) => i);
    expect(activityOrder(items, 9, 'sort-a')).not.toEqual(activityOrder(items, 9, 'sort-b'));
    expect([...activityOrder(items, 9, 'sort-a')].sort()).toEqual(items);
    expect(activityOrder(items, null, 'sort-a')).toEqual(items);
    expect(optionOrder(options, null, 'kc-a')).toEqual(options);
  });

  it('makes seeds that fit the saved state', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.999999999)).toBeLessThan(SEED_LIMIT);
  });

  it('seeds a learner once, at their first launch, and keeps that seed when they come back', () => {
    const first = new MemoryTracker();
    const session = new CourseSession(
      index,
      first,
      immediateClock,
      () => new MemoryTracker(),
      () => 0.25,
    );
    session.start();
    const seed = session.getSnapshot().state.shuffleSeed;
    expect(seed).toBe(newSeed(() => 0.25));
    expect(first.last?.suspendData).toContain(`;S${seed!.toString(36)}`);

    const again = new CourseSession(
      index,
      new MemoryTracker({ resumed: true, suspendData: first.last!.suspendData }),
      immediateClock,
      () => new MemoryTracker(),
      () => 0.75,
    );
    again.start();
    expect(again.getSnapshot().state.shuffleSeed).toBe(seed);
  });
});
