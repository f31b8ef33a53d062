// @vitest-environment jsdom
// The web build's device storage: two tabs never overwrite each other's newer progress (issue 11, item 16), and
// storage that is blocked or full is reported, never claimed (item 18).
import { describe, expect, it } from 'vitest';
import { engineIndex } from '../../tests/support/fixtures';
import { immediateClock } from '../../tests/support/memoryTracker';
import { CourseSession } from '../core/session';
import { LocalTracker } from './localTracker';

const index = engineIndex();
const KEY = 'course-progress:engine';

function tab(storage: Storage | null) {
  const tracker = new LocalTracker(storage, KEY);
  const clock = { ...immediateClock, setTimeout: () => 0, clearTimeout: () => undefined };
  const session = new CourseSession(index, tracker, clock, () => new LocalTracker(null, KEY));
  session.start();
  return session;
}

describe('progress on this device (no LMS)', () => {
  it('16. an older tab never overwrites the progress a newer tab saved, and says so', () => {
    localStorage.clear();
    const older = tab(localStorage);
    const newer = tab(localStorage);
    for (const pageId of index.pageOrder) newer.dispatch({ type: 'go', pageId });
    const saved = localStorage.getItem(KEY);
    older.dispatch({ type: 'go', pageId: 'intro' });
    expect(localStorage.getItem(KEY)).toBe(saved);
    expect(older.getSnapshot().notices).toContainEqual({ kind: 'newer-elsewhere' });
    // Reloading the older tab picks up the newer progress.
    expect(tab(localStorage).getSnapshot().state.visited).toEqual(index.pageOrder);
  });

  it('18. storage that is blocked is reported: progress is not claimed to be kept', () => {
    const session = tab(null);
    expect(session.getSnapshot().notices).toEqual([{ kind: 'local-only', reason: 'no-storage' }]);
  });

  it('18. storage that is full is reported too', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const session = tab(full);
    expect(session.getSnapshot().notices).toEqual([{ kind: 'local-only', reason: 'no-storage' }]);
  });
});
