import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LrsError } from './lrsClient';
import { Outbox, type OutboxItem } from './outbox';
import type { Statement } from './types';

const statement = (id: string) => ({ id }) as unknown as Statement;
const timers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as number),
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Outbox', () => {
  it('sends one request at a time, batching statements queued meanwhile, and only the latest state document', async () => {
    const sent: OutboxItem[] = [];
    const outbox = new Outbox((item) => {
      sent.push(structuredClone(item));
      return Promise.resolve();
    }, timers);
    outbox.addStatements([statement('a')]);
    outbox.putState('course-state', { v: 1 });
    outbox.addStatements([statement('b')]);
    outbox.putState('course-state', { v: 2 });
    outbox.addStatements([statement('c')]);
    await vi.runAllTimersAsync();
    expect(sent).toEqual([
      { kind: 'statements', statements: [{ id: 'a' }] },
      { kind: 'state', stateId: 'course-state', document: { v: 2 } },
      { kind: 'statements', statements: [{ id: 'b' }, { id: 'c' }] },
    ]);
  });

  it('drops a request the LRS refuses as malformed, notes why, and goes on', async () => {
    const sent: string[] = [];
    const outbox = new Outbox((item) => {
      if (item.kind === 'statements' && item.statements[0]?.id === 'bad')
        return Promise.reject(new LrsError('POST statements: the LRS answered 400', 400));
      sent.push(item.kind === 'statements' ? item.statements.map((s) => s.id).join() : item.stateId);
      return Promise.resolve();
    }, timers);
    outbox.addStatements([statement('bad')]);
    outbox.putState('course-state', {});
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['course-state']);
    expect(outbox.refused).toEqual(['POST statements: the LRS answered 400']);
  });

  it('retries a failing request with growing pauses, and says when delivery fails and when it is back', async () => {
    let down = true;
    const attempts: number[] = [];
    const health: boolean[] = [];
    const outbox = new Outbox(
      () => {
        attempts.push(Date.now());
        return down ? Promise.reject(new LrsError('unreachable', 0)) : Promise.resolve();
      },
      timers,
      (healthy) => health.push(healthy),
    );
    const started = Date.now();
    outbox.addStatements([statement('a')]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(attempts.map((t) => t - started)).toEqual([0, 1000, 3000, 7000, 15_000, 25_000]);
    expect(health).toEqual([false]);
    down = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts.map((t) => t - started).at(-1)).toBe(35_000);
    expect(health).toEqual([false, true]);
    expect(await outbox.whenEmpty(0)).toBe(true);
  });

  it('accepts nothing once closed, but still delivers what it holds', async () => {
    const sent: string[] = [];
    const outbox = new Outbox((item) => {
      sent.push(item.kind);
      return Promise.resolve();
    }, timers);
    outbox.addStatements([statement('terminated')]);
    outbox.close();
    outbox.addStatements([statement('late')]);
    outbox.putState('course-state', {});
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['statements']);
  });
});
