// The boundary between the course and whatever records it (an LMS through SCORM 1.2 or 2004, or this device).
// The core defines it; adapters in src/tracking/ implement it and own every version-specific rule.
import type { Completion, Success } from './completion';

export type TrackerKind = 'scorm12' | 'scorm2004' | 'cmi5' | 'xapi' | 'local';

/** What the LMS knows about this learner when the course starts. */
export interface LmsRecord {
  /** True when the LMS says this launch continues a suspended attempt. */
  resumed: boolean;
  /**
   * The saved state, read whenever the LMS holds a record (whatever cmi.entry says); it includes the location, so
   * cmi.location is written for the LMS's reports but never read.
   */
  suspendData: string;
  completion: Completion | 'not attempted' | 'unknown';
  success: Success;
  scorePercent: number | null;
  /** As the LMS gives it, e.g. "Doe, Jane"; "" when unknown. */
  learnerName: string;
  /** The LMS's id for the learner ("" when unknown): what this device keys the learner's own notes by. */
  learnerId: string;
  /**
   * The LMS opened the course to look, not to record (SCORM mode browse/review, or credit no-credit): the
   * adapter writes nothing but the session's time, and the course says it is in review mode.
   */
  reviewOnly: boolean;
  /** The LMS's pass mark in percent (2004 scaled_passing_score, 1.2 mastery_score); null when it gives none. */
  passMarkPercent: number | null;
}

export type InteractionResponse =
  /** codes: single-character stand-ins for ids longer than one character, for data models that allow only those. */
  | { kind: 'choice'; ids: string[]; codes?: string[] }
  | { kind: 'true-false'; value: boolean }
  | { kind: 'matching'; pairs: [source: string, target: string][] }
  /** A rating on a scale, "1".."5" (the evaluation). */
  | { kind: 'likert'; value: string };

export interface InteractionRecord {
  id: string;
  type: InteractionResponse['kind'];
  description: string;
  response: InteractionResponse;
  /** Absent for questions with no right answer (the intake survey, the evaluation). */
  correct: InteractionResponse | null;
  result: 'correct' | 'incorrect' | 'neutral';
  timestamp: Date;
  latencyMs: number | null;
  objectiveId: string | null;
}

export interface ObjectiveReport {
  id: string;
  completion: Completion;
  success: Success;
  scorePercent: number | null;
  progress: number;
}

/** Everything the course wants recorded now. Adapters write only what changed since their last write. */
export interface TrackingReport {
  location: string;
  suspendData: string;
  completion: Completion;
  success: Success;
  /** A failed final assessment can still be retaken; SCORM 1.2, which has one status, then reports incomplete. */
  retakeAllowed: boolean;
  scorePercent: number | null;
  /** 0–1 */
  progress: number;
  objectives: ObjectiveReport[];
  /** Interactions not yet handed to the tracker; each is handed over once, even when the Commit after it fails. */
  interactions: InteractionRecord[];
  /** Always suspend: see the end-of-session decision in docs/coordinator-guide.md (section 3). */
  exit: 'suspend' | 'normal';
  /** The learner pressed "Finish and close": a SCORM 2004 LMS that supports it is asked to take them out. */
  leaving: boolean;
  sessionMs: number;
}

/** How the last session ended, as far as the course can tell. */
export interface FinishResult {
  /** The LMS confirmed it stored the record (Terminate returned true, or the device kept it). */
  saved: boolean;
  /** The LMS accepted a request to take the learner out of the course (SCORM 2004 adl.nav.request). */
  lmsTakesOver: boolean;
}

/**
 * What went wrong beyond a failed save, read by the session after each save so the learner is told. Kept apart
 * from save()'s result so that an adapter whose saves are queued (xAPI) can report it whenever it knows.
 */
export interface TrackerWarnings {
  /** Answers (interactions) the LMS refused for good, e.g. past its cap: they are not in the record. */
  notRecorded: number;
  /** Another tab of this course saved newer progress on this device; this one stopped writing over it. */
  newerElsewhere: boolean;
  /** The device's storage cannot be used (blocked or full): nothing is kept. */
  storageUnavailable: boolean;
}

export type StartResult = { ok: true; record: LmsRecord } | { ok: false; reason: string };

export interface Tracker {
  readonly kind: TrackerKind;
  /** Initialize the session and read the learner's record. Called once. */
  start(): StartResult;
  /**
   * Write the report and ask the LMS to commit it. False when the LMS refused or failed, including when it
   * refused a value (suspend_data, location, status…) even though the Commit after it returned true. A tracker
   * that delivers in the background (cmi5, xAPI) queues the report and returns at once.
   */
  save(report: TrackingReport): boolean;
  /** Write the report and end the session. Called at most once; nothing is sent after it. */
  finish(report: TrackingReport): FinishResult;
  /** Optional: trackers that can tell more than save()'s boolean. */
  warnings?(): TrackerWarnings;
  /**
   * Background delivery only: the tracker calls the listener when delivery starts failing (false) and when it
   * works again (true), so the learner hears of an unreachable LRS between saves too. SCORM has none: its save()
   * answers at once.
   */
  watchDelivery?(listener: (healthy: boolean) => void): void;
}
