// A tracker that keeps what the LMS would have been sent, and a clock on real timers, for unit tests.
import type { FinishResult, LmsRecord, StartResult, Tracker, TrackingReport } from '../../src/core/tracker';

export class MemoryTracker implements Tracker {
  readonly kind = 'scorm2004';
  readonly saves: TrackingReport[] = [];
  finished: TrackingReport | null = null;
  constructor(private readonly record: Partial<LmsRecord> = {}) {}
  start(): StartResult {
    return {
      ok: true,
      record: {
        resumed: false,
        suspendData: '',
        completion: 'not attempted',
        success: 'unknown',
        scorePercent: null,
        learnerName: '',
        learnerId: '',
        reviewOnly: false,
        passMarkPercent: null,
        ...this.record,
      },
    };
  }
  save(report: TrackingReport): boolean {
    this.saves.push(report);
    return true;
  }
  finish(report: TrackingReport): FinishResult {
    this.finished = report;
    return { saved: true, lmsTakesOver: false };
  }
  get last(): TrackingReport | undefined {
    return this.finished ?? this.saves[this.saves.length - 1];
  }
}

export const immediateClock = {
  now: () => Date.now(),
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  /** Saves happen at once, so tests read the record right after the action that caused them. */
  afterPaint: (callback: () => void) => callback(),
};
