// A run of the course that several tests read, each for what it proves: taken once before them, closed after them.
// Walking the whole course is most of a browser test's time.
import { afterAll, beforeAll } from 'vitest';

/** Registers the run's set-up and clean-up in the current describe block; returns what the tests read. */
export function useSharedRun<Run>(take: () => Promise<Run>, close: (run: Run) => Promise<void>, timeoutMs: number): () => Run {
  let taken: Run | undefined;
  beforeAll(async () => {
    taken = await take();
  }, timeoutMs);
  afterAll(async () => {
    if (taken) await close(taken);
  });
  return () => {
    if (!taken) throw new Error('The shared run did not finish (see the error in beforeAll)');
    return taken;
  };
}
