// A tracker for an LMS that could not be started (a cmi5 launch without its token, an LRS that cannot be read):
// start() says why, and the session falls back to this device and tells the learner, as for a refusing SCORM LMS.
import type { FinishResult, StartResult, Tracker, TrackerKind } from '../core/tracker';

export class UnavailableTracker implements Tracker {
  constructor(
    readonly kind: TrackerKind,
    private readonly reason: string,
  ) {}

  start(): StartResult {
    return { ok: false, reason: this.reason };
  }

  save(): boolean {
    return false;
  }

  finish(): FinishResult {
    return { saved: false, lmsTakesOver: false };
  }
}
