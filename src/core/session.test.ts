import { describe, expect, it } from 'vitest';
import { takeFinal, visitEverything } from '../../tests/support/driveSession';
import { engineIndex } from '../../tests/support/fixtures';
import { MemoryTracker } from '../../tests/support/memoryTracker';
import { dayDate } from './calendarDay';
import { CourseSession, type Clock } from './session';
import type { LmsRecord, StartResult, Tracker, TrackingReport } from './tracker';

const index = engineIndex();

class ManualClock implements Clock {
  time = 0;
  timers: { at: number; callback: () => void }[] = [];
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const timer = { at: this.time + ms, callback };
    this.timers.push(timer);
    return timer;
  };
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((t) => t !== handle);
  };
  afterPaint = (callback: () => void) => callback();
  advance(ms: number) {
    this.time += ms;
    const due = this.timers.filter((t) => t.at <= this.time);
    this.timers = this.timers.filter((t) => t.at > this.time);
    for (const timer of due) timer.callback();
  }
}

class FlakyTracker extends MemoryTracker {
  failuresLeft: number;
  attempts = 0;
  /** Every report the session asked to save, the failed ones too. */
  readonly offered: TrackingReport[] = [];
  constructor(failures: number, record?: Partial<LmsRecord>) {
    super(record);
    this.failuresLeft = failures;
  }
  override save(report: TrackingReport): boolean {
    this.attempts += 1;
    this.offered.push(report);
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      return false;
    }
    return super.save(report);
  }
}

function sessionWith(tracker: MemoryTracker, clock = new ManualClock()) {
  const fallback = new MemoryTracker();
  const session = new CourseSession(index, tracker, clock, () => fallback);
  session.start();
  return { session, clock, fallback };
}

describe('course session', () => {
  it('marks a first launch incomplete and commits once per page change, not per answer', () => {
    const tracker = new MemoryTracker();
    const { session } = sessionWith(tracker);
    expect(tracker.saves).toHaveLength(1);
    expect(tracker.last?.completion).toBe('incomplete');
    session.dispatch({ type: 'go', pageId: 'page-a' });
    session.dispatch({ type: 'answer', questionId: 'kc-a', answer: 'b' });
    session.dispatch({ type: 'answer', questionId: 'kc-a', answer: 'a' });
    expect(tracker.saves).toHaveLength(2);
    session.dispatch({ type: 'go', pageId: 'page-b' });
    expect(tracker.saves).toHaveLength(3);
    // Practice is reported once per question: the first answer checked.
    expect(tracker.last?.interactions.map((i) => i.result)).toEqual(['incorrect']);
    session.dispatch({ type: 'go', pageId: 'page-b' });
    expect(tracker.saves).toHaveLength(3);
  });

  it('saves unsaved work when the page is hidden, and only then', () => {
    const tracker = new MemoryTracker();
    const { session } = sessionWith(tracker);
    session.flush();
    expect(tracker.saves).toHaveLength(1);
    session.dispatch({ type: 'go', pageId: 'page-a' });
    session.dispatch({ type: 'answer', questionId: 'kc-a', answer: 'a' });
    session.flush();
    expect(tracker.saves).toHaveLength(3);
    expect(tracker.last?.suspendData).toContain('A');
  });

  it('terminates exactly once whichever of Finish, pagehide and unload comes first', () => {
    const tracker = new MemoryTracker();
    let finishes = 0;
    tracker.finish = () => {
      finishes += 1;
      return { saved: true, lmsTakesOver: false };
    };
    const { session } = sessionWith(tracker);
    session.finish();
    session.finish();
    session.dispatch({ type: 'go', pageId: 'page-a' });
    session.flush();
    expect(finishes).toBe(1);
    expect(tracker.saves).toHaveLength(1);
  });

  it('retries a failed commit with growing delays, tells the learner after two failures, and sends everything once it works', () => {
    const tracker = new FlakyTracker(0);
    const { session, clock } = sessionWith(tracker);
    tracker.failuresLeft = 2;
    session.dispatch({ type: 'go', pageId: 'page-a' });
    session.dispatch({ type: 'answer', questionId: 'kc-a', answer: 'a' });
    expect(session.getSnapshot().notices).toEqual([]);
    clock.advance(1000);
    expect(session.getSnapshot().notices.map((n) => n.kind)).toEqual(['saving-failed']);
    clock.advance(1999);
    expect(tracker.attempts).toBe(3);
    clock.advance(1);
    expect(tracker.attempts).toBe(4);
    expect(tracker.last?.location).toBe('page-a');
    expect(session.getSnapshot().notices.map((n) => n.kind)).toEqual(['saved-again']);
  });

  it('hands each interaction to the LMS once, even when the Commit after it failed', () => {
    const tracker = new FlakyTracker(0);
    const { session, clock } = sessionWith(tracker);
    tracker.failuresLeft = 2;
    session.dispatch({ type: 'go', pageId: 'page-a' });
    session.dispatch({ type: 'answer', questionId: 'kc-a', answer: 'a' });
    session.dispatch({ type: 'go', pageId: 'page-b' });
    clock.advance(2000);
    expect(tracker.attempts).toBe(4);
    expect(tracker.offered.flatMap((r) => r.interactions.map((i) => i.id))).toEqual([expect.stringMatching(/^practice\.kc-a\./)]);
    expect(tracker.last?.location).toBe('page-b');
  });

  it('keeps the score that came with an earlier pass when a reviewing learner does worse', () => {
    const tracker = new MemoryTracker({ resumed: true, completion: 'completed', success: 'passed', scorePercent: 100 });
    const { session } = sessionWith(tracker);
    visitEverything(session, index);
    takeFinal(session, index, 7, 0);
    expect([tracker.last?.success, tracker.last?.scorePercent]).toEqual(['passed', null]);
    takeFinal(session, index, 8);
    expect([tracker.last?.success, tracker.last?.scorePercent]).toEqual(['passed', 100]);
  });

  it('never downgrades a completion or pass the LMS already has, even when the saved state is unreadable', () => {
    const tracker = new MemoryTracker({ resumed: true, completion: 'completed', success: 'passed', suspendData: 'garbage!' });
    const { session } = sessionWith(tracker);
    expect(tracker.last?.completion).toBe('completed');
    expect(tracker.last?.success).toBe('passed');
    expect(session.getSnapshot().notices.map((n) => n.kind)).toEqual(['fresh-start']);
    session.dispatch({ type: 'go', pageId: 'page-a' });
    expect(tracker.last?.completion).toBe('completed');
  });

  it('falls back to this device, and says so, when the LMS refuses to start', () => {
    const refusing = new MemoryTracker();
    refusing.start = (): StartResult => ({ ok: false, reason: 'Initialize failed' });
    const { session, fallback } = sessionWith(refusing);
    expect(session.getSnapshot().notices).toEqual([{ kind: 'local-only', reason: 'lms-refused' }]);
    session.dispatch({ type: 'go', pageId: 'page-a' });
    expect(fallback.last?.location).toBe('page-a');
  });

  it('ends suspended while work remains and once the course is finished (the end-of-session decision)', () => {
    const tracker = new MemoryTracker();
    const { session } = sessionWith(tracker);
    visitEverything(session, index);
    takeFinal(session, index, 8);
    session.finish();
    expect(tracker.finished?.exit).toBe('suspend');
  });

  it('13. saves a page turn only after the new page is drawn, once however many turns came before it', () => {
    const painted: (() => void)[] = [];
    const clock = new ManualClock();
    clock.afterPaint = (callback) => painted.push(callback);
    const tracker = new MemoryTracker();
    const { session } = sessionWith(tracker, clock);
    expect(tracker.saves).toHaveLength(1);
    session.dispatch({ type: 'go', pageId: 'intro' });
    session.dispatch({ type: 'go', pageId: 'page-a' });
    expect(session.getSnapshot().state.location).toBe('page-a');
    expect(tracker.saves).toHaveLength(1);
    for (const callback of painted.splice(0)) callback();
    expect(tracker.saves).toHaveLength(2);
    expect(tracker.last?.location).toBe('page-a');
    // A page hidden before it painted still saves: a hidden page may never paint again.
    session.dispatch({ type: 'go', pageId: 'page-b' });
    session.flush();
    expect(tracker.last?.location).toBe('page-b');
  });

  it('19. dates the certificate the day the learner finished, in the saved state, however much later it is shown', () => {
    const clock = new ManualClock();
    clock.time = new Date(2026, 2, 14, 23, 30).getTime();
    const tracker = new MemoryTracker();
    const { session } = sessionWith(tracker, clock);
    visitEverything(session, index);
    expect(session.getSnapshot().state.finishedOn).toBeNull();
    takeFinal(session, index, 8);
    expect(session.getSnapshot().certificate).toBe(true);
    session.finish();
    const later = new ManualClock();
    later.time = new Date(2026, 8, 1).getTime();
    const again = sessionWith(
      new MemoryTracker({
        resumed: true,
        suspendData: tracker.finished!.suspendData,
        completion: 'completed',
        success: 'passed',
        scorePercent: 100,
      }),
      later,
    );
    const day = again.session.getSnapshot().state.finishedOn!;
    expect(dayDate(day).toDateString()).toBe(new Date(2026, 2, 14).toDateString());
    expect(again.session.getSnapshot().status.scorePercent).toBe(100);
  });

  it('16. says so when another tab of the course saved newer progress, and stops saving over it', () => {
    const tracker = new MemoryTracker();
    let newer = false;
    (tracker as Tracker).warnings = () => ({ notRecorded: 0, newerElsewhere: newer, storageUnavailable: false });
    tracker.save = () => !newer;
    const { session, clock } = sessionWith(tracker);
    newer = true;
    session.refreshWarnings();
    expect(session.getSnapshot().notices).toEqual([{ kind: 'newer-elsewhere' }]);
    session.dispatch({ type: 'go', pageId: 'page-a' });
    clock.advance(60_000);
    expect(session.getSnapshot().notices).toEqual([{ kind: 'newer-elsewhere' }]);
  });
});
