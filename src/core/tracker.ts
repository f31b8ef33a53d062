// The boundary between the course and whatever records it (an LMS through SCORM 1.2 or 2004, or this device).
// The core defines it; adapters in src/tracking/ implement it and own every version-specific rule.
import type { Completion, Success } from './completion';

export type TrackerKind = 'scorm12' | 'scorm2004' | 'cmi5' | 'xapi' | 'local';

/** What the LMS knows about this learner when the course starts. */
export interface LmsRecord {
  /** True when the LMS says this launch continues a suspended attempt. */
  resumed: boolean;
  /** The saved state; it includes the location, so cmi.location is written for the LMS's reports but never read. */
  suspendData: string;
  completion: Completion | 'not attempted' | 'unknown';
  success: Success;
  scorePercent: number | null;
  /** As the LMS gives it, e.g. "Doe, Jane"; "" when unknown. */
  learnerName: string;
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
  /** suspend while the learner has more to do, normal once the course is finished. */
  exit: 'suspend' | 'normal';
  sessionMs: number;
}

export type StartResult = { ok: true; record: LmsRecord } | { ok: false; reason: string };

export interface Tracker {
  readonly kind: TrackerKind;
  /** Initialize the session and read the learner's record. Called once. */
  start(): StartResult;
  /**
   * Write the report and ask the LMS to commit it. False when the LMS refused or failed. A tracker that delivers
   * in the background (cmi5, xAPI) queues the report and returns at once, so a slow LMS never holds up a page turn.
   */
  save(report: TrackingReport): boolean;
  /** Write the report and end the session. Called at most once; nothing is sent after it. */
  finish(report: TrackingReport): void;
  /**
   * Background delivery only: the tracker calls the listener when delivery starts failing (false) and when it
   * works again (true), so the learner hears of an unreachable LRS between saves too. SCORM has none: its save()
   * answers at once.
   */
  watchDelivery?(listener: (healthy: boolean) => void): void;
}
