// One learner session: owns the state, the tracker lifecycle (start → running ⇄ saving → finished) and when
// to commit. Commits happen on a page change, on a status or score change, and when the page is hidden with
// unsaved work; never per keystroke. Terminate happens exactly once, and nothing is sent after it.
import { completion, objectiveStatuses, progressMeasure, scorePercent, success, type Completion, type Success } from './completion';
import type { CourseIndex } from './courseIndex';
import { attemptItems, currentAttempt, finalIsFinished } from './finalAssessment';
import {
  evaluationInteractions,
  finalInteractionId,
  practiceInteractionId,
  pretestInteractionId,
  questionInteraction,
  roleInteraction,
} from './interactions';
import { pretestItems } from './preTest';
import { newSeed } from './shuffle';
import { apply, type Action } from './progress';
import { decodeState, encodeState } from './savedState';
import { initialState, type LearnerState } from './state';
import type { InteractionRecord, LmsRecord, Tracker, TrackerKind, TrackingReport } from './tracker';

export type Notice =
  | { kind: 'local-only'; reason: 'no-lms' | 'lms-refused' }
  | { kind: 'saving-failed' }
  | { kind: 'saved-again' }
  | { kind: 'fresh-start'; reason: 'unreadable' | 'other-course' };

export interface SessionSnapshot {
  state: LearnerState;
  /** As reported to the LMS: a completion or pass the LMS had before this session is kept, never downgraded. */
  status: Pick<TrackingReport, 'completion' | 'success' | 'scorePercent'>;
  trackerKind: TrackerKind;
  notices: Notice[];
  /** As the LMS gives it, e.g. "Doe, Jane"; "" without an LMS. */
  learnerName: string;
  finished: boolean;
  resumed: boolean;
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];
/** After this many failed saves in a row the learner is told; before that a retry usually succeeds unnoticed. */
const FAILURES_BEFORE_NOTICE = 2;

export class CourseSession {
  private state: LearnerState = initialState;
  private tracker: Tracker;
  private notices: Notice[] = [];
  /** What the LMS's record said before this session (completed, passed): kept, never downgraded. */
  private floor: { completion: Completion | null; success: Success | null } = { completion: null, success: null };
  private learnerName = '';
  private resumed = false;
  private started = false;
  private finished = false;
  private dirty = false;
  private pending: InteractionRecord[] = [];
  private failures = 0;
  private retryHandle: unknown = null;
  private startedAt = 0;
  private lastAnswerAt = 0;
  private listeners = new Set<() => void>();
  private snapshot: SessionSnapshot;

  constructor(
    private readonly index: CourseIndex,
    tracker: Tracker,
    private readonly clock: Clock,
    /** Used when the LMS cannot be used, so the learner still keeps their progress on this device. */
    private readonly fallback: () => Tracker,
    /** Gives a learner without one their shuffle seed (shuffle.ts). */
    private readonly random: () => number = Math.random,
  ) {
    this.tracker = tracker;
    this.snapshot = this.makeSnapshot();
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.startedAt = this.clock.now();
    this.lastAnswerAt = this.startedAt;
    let result = this.tracker.start();
    if (!result.ok) {
      this.notices.push({ kind: 'local-only', reason: this.tracker.kind === 'local' ? 'no-lms' : 'lms-refused' });
      this.tracker = this.fallback();
      result = this.tracker.start();
    } else if (this.tracker.kind === 'local') {
      this.notices.push({ kind: 'local-only', reason: 'no-lms' });
    }
    if (result.ok) this.load(result.record);
    this.state = apply(this.index, this.state, { type: 'seedShuffle', seed: newSeed(this.random) });
    this.tracker.watchDelivery?.((healthy) => this.deliveryChanged(healthy));
    this.save();
  }

  /** A background tracker's delivery failed or recovered: the same notices as for a failing save. */
  private deliveryChanged(healthy: boolean): void {
    const failing = this.notices.some((n) => n.kind === 'saving-failed');
    if (healthy === !failing) return;
    this.notices = this.notices.filter((n) => n.kind !== 'saving-failed' && n.kind !== 'saved-again');
    this.notices.push(healthy ? { kind: 'saved-again' } : { kind: 'saving-failed' });
    this.publish();
  }

  private load(record: LmsRecord): void {
    this.learnerName = record.learnerName;
    this.resumed = record.resumed;
    if (record.completion === 'completed') this.floor.completion = 'completed';
    if (record.success === 'passed') this.floor.success = 'passed';
    const decoded = decodeState(this.index, record.suspendData);
    if (decoded.problem) this.notices.push({ kind: 'fresh-start', reason: decoded.problem });
    this.state = decoded.state;
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch(action: Action): void {
    if (this.finished) return;
    const before = this.state;
    const statusBefore = this.statusKey();
    this.state = apply(this.index, before, action);
    if (this.state === before) return;
    this.collectInteractions(action, before);
    this.dirty = true;
    if (action.type === 'go' || this.statusKey() !== statusBefore) this.save();
    else this.publish();
  }

  /** The page is being hidden: keep whatever is not yet saved. */
  flush(): void {
    if (this.dirty && !this.finished) this.save();
  }

  /** Ends the session. Finish, pagehide and unload all come here; only the first call does anything. */
  finish(): void {
    if (this.finished || !this.started) return;
    this.finished = true;
    this.cancelRetry();
    this.tracker.finish(this.report());
    this.pending = [];
    this.publish();
  }

  dismissNotice(notice: Notice): void {
    this.notices = this.notices.filter((n) => n !== notice);
    this.publish();
  }

  private statusKey(): string {
    const report = this.statusReport();
    return `${report.completion}|${report.success}|${report.scorePercent}`;
  }

  private statusReport(): Pick<TrackingReport, 'completion' | 'success' | 'scorePercent'> {
    const passedHere = success(this.index, this.state) === 'passed';
    return {
      completion: this.floor.completion ?? completion(this.index, this.state),
      success: this.floor.success ?? success(this.index, this.state),
      // A learner who passed before and comes back to review may try the assessment again; a lower score from
      // that must not replace the one the LMS recorded with the pass, so none is sent until this session passes.
      scorePercent: this.floor.success === 'passed' && !passedHere ? null : scorePercent(this.index, this.state),
    };
  }

  private report(): TrackingReport {
    const status = this.statusReport();
    const done = status.completion === 'completed' && (status.success !== 'failed' || finalIsFinished(this.index, this.state));
    return {
      ...status,
      retakeAllowed: status.success === 'failed' && !finalIsFinished(this.index, this.state),
      location: this.state.location ?? '',
      suspendData: encodeState(this.index, this.state),
      progress: progressMeasure(this.index, this.state),
      objectives: objectiveStatuses(this.index, this.state),
      interactions: this.pending,
      exit: done ? 'normal' : 'suspend',
      sessionMs: this.clock.now() - this.startedAt,
    };
  }

  private collectInteractions(action: Action, before: LearnerState): void {
    const now = this.clock.now();
    const timestamp = new Date(now);
    const latency = now - this.lastAnswerAt;
    if (action.type === 'answer') {
      const question = this.index.questionById.get(action.questionId);
      if (question) {
        this.pending.push(questionInteraction(question, action.answer, practiceInteractionId(question.id, timestamp), timestamp, latency));
      }
      this.lastAnswerAt = now;
    } else if (action.type === 'answerFinal') {
      this.lastAnswerAt = now;
    } else if (action.type === 'submitAttempt') {
      const attempt = currentAttempt(this.state);
      if (!attempt) return;
      for (const item of attemptItems(this.index, attempt)) {
        const answer = attempt.answers[item.id];
        if (answer === undefined) continue;
        this.pending.push(questionInteraction(item, answer, finalInteractionId(attempt.number, item.id), timestamp, null));
      }
    } else if (action.type === 'finishPretest') {
      const answers = this.state.pretest?.answers ?? {};
      for (const item of pretestItems(this.index, this.state.shuffleSeed)) {
        const answer = answers[item.id];
        if (answer !== undefined) this.pending.push(questionInteraction(item, answer, pretestInteractionId(item.id), timestamp, null));
      }
    } else if (action.type === 'submitEvaluation') {
      this.pending.push(...evaluationInteractions(this.index, this.state.evaluation ?? {}, timestamp));
    } else if (action.type === 'setRole' && action.role !== null && action.role !== before.role) {
      const record = roleInteraction(this.index, action.role, timestamp);
      if (record) this.pending.push(record);
    }
  }

  private save(): void {
    if (this.finished) return;
    this.cancelRetry();
    const report = this.report();
    const saved = this.tracker.save(report);
    // The interactions are in the LMS's data model now, whatever the Commit said: the next Commit that works
    // stores them. Sending them again would record each answer given while saving failed once more per retry.
    this.pending = this.pending.slice(report.interactions.length);
    if (saved) {
      this.dirty = false;
      if (this.failures >= FAILURES_BEFORE_NOTICE) {
        this.notices = this.notices.filter((n) => n.kind !== 'saving-failed');
        this.notices.push({ kind: 'saved-again' });
      }
      this.failures = 0;
    } else {
      this.failures += 1;
      if (this.failures === FAILURES_BEFORE_NOTICE) this.notices.push({ kind: 'saving-failed' });
      const delay = RETRY_DELAYS_MS[Math.min(this.failures - 1, RETRY_DELAYS_MS.length - 1)] as number;
      this.retryHandle = this.clock.setTimeout(() => {
        this.retryHandle = null;
        this.save();
      }, delay);
    }
    this.publish();
  }

  private cancelRetry(): void {
    if (this.retryHandle !== null) this.clock.clearTimeout(this.retryHandle);
    this.retryHandle = null;
  }

  private makeSnapshot(): SessionSnapshot {
    return {
      state: this.state,
      status: this.statusReport(),
      trackerKind: this.tracker.kind,
      notices: this.notices,
      learnerName: this.learnerName,
      finished: this.finished,
      resumed: this.resumed,
    };
  }

  private publish(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
