// One learner session: owns the state, the tracker lifecycle (start → running ⇄ saving → finished) and when
// to commit. Commits happen on a page change, on a status or score change, and when the page is hidden with
// unsaved work; never per keystroke, and never on the way to drawing a page: a save is scheduled after the next
// paint, so an LMS whose Commit blocks cannot freeze a page turn. Terminate happens exactly once, and nothing is
// sent after it.
import { dayNumber } from './calendarDay';
import {
  certificateEarned,
  completion,
  objectiveStatuses,
  progressMeasure,
  scorePercent,
  success,
  type Completion,
  type Success,
} from './completion';
import { withPassMark, type CourseIndex } from './courseIndex';
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
import type { FinishResult, InteractionRecord, LmsRecord, Tracker, TrackerKind, TrackingReport } from './tracker';

export type Notice =
  | { kind: 'local-only'; reason: 'no-lms' | 'lms-refused' | 'no-storage' }
  | { kind: 'saving-failed' }
  | { kind: 'saved-again' }
  | { kind: 'fresh-start'; reason: 'unreadable' | 'other-course' }
  | { kind: 'not-recorded'; count: number }
  | { kind: 'newer-elsewhere' };

export interface SessionSnapshot {
  state: LearnerState;
  /** The course's rules with the LMS's pass mark in force (see withPassMark): what every view judges by. */
  index: CourseIndex;
  /** As recorded: a completion, pass or score the LMS had before this session is kept, never lowered. */
  status: Pick<TrackingReport, 'completion' | 'success' | 'scorePercent'>;
  /** Completion and pass by the same rule as the record: the certificate and the results screen follow it. */
  certificate: boolean;
  trackerKind: TrackerKind;
  notices: Notice[];
  /** As the LMS gives it, e.g. "Doe, Jane"; "" without an LMS. */
  learnerName: string;
  /** The LMS's learner id ("" without one): this device keeps each learner's notes apart by it. */
  learnerId: string;
  /** The LMS opened the course for review (browse/review mode, or no credit): nothing is recorded. */
  reviewOnly: boolean;
  finished: boolean;
  /** How the session ended; null while it runs. */
  ending: FinishResult | null;
  resumed: boolean;
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs the callback once the browser has drawn what the current change shows (tests may run it at once). */
  afterPaint(callback: () => void): void;
}

const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];
/** After this many failed saves in a row the learner is told; before that a retry usually succeeds unnoticed. */
const FAILURES_BEFORE_NOTICE = 2;

/** What the LMS held before this session: nothing the learner does now may lower it. */
interface RecordFloor {
  completed: boolean;
  success: Success;
  scorePercent: number | null;
}

export class CourseSession {
  private state: LearnerState = initialState;
  private tracker: Tracker;
  /** The course's rules with the LMS's pass mark in force, once the record is read. */
  private rules: CourseIndex;
  private notices: Notice[] = [];
  private floor: RecordFloor = { completed: false, success: 'unknown', scorePercent: null };
  private learnerName = '';
  private learnerId = '';
  private reviewOnly = false;
  private resumed = false;
  private started = false;
  private finished = false;
  private ending: FinishResult | null = null;
  private dirty = false;
  private saveScheduled = false;
  private pending: InteractionRecord[] = [];
  /** The role the learner had when this launch began: a role answer is sent only when they choose another. */
  private roleAtLaunch: string | null = null;
  private roleSent = false;
  private notRecordedShown = 0;
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
    this.rules = index;
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
    this.readWarnings();
    this.recordFinishDay();
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
    this.learnerId = record.learnerId;
    this.reviewOnly = record.reviewOnly;
    this.resumed = record.resumed;
    this.rules = withPassMark(this.index, record.passMarkPercent);
    this.floor = {
      completed: record.completion === 'completed',
      success: record.success,
      scorePercent: record.scorePercent,
    };
    const decoded = decodeState(this.index, record.suspendData);
    if (decoded.problem) this.notices.push({ kind: 'fresh-start', reason: decoded.problem });
    this.state = decoded.state;
    this.roleAtLaunch = this.state.role;
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
    this.state = apply(this.rules, before, action);
    if (this.state === before) return;
    this.collectInteractions(action, before);
    this.recordFinishDay();
    this.dirty = true;
    if (action.type === 'go' || this.statusKey() !== statusBefore) this.scheduleSave();
    this.publish();
  }

  /** The page is being hidden: keep whatever is not yet saved, now (a hidden page may never paint again). */
  flush(): void {
    if ((this.dirty || this.saveScheduled) && !this.finished) this.save();
  }

  /**
   * Ends the session. Finish, pagehide and unload all come here; only the first call does anything. `leaving` is
   * true when the learner pressed "Finish and close", so the LMS may be asked to take them out of the course.
   */
  finish(leaving = false): FinishResult | null {
    if (this.finished || !this.started) return this.ending;
    this.finished = true;
    this.cancelRetry();
    this.ending = this.tracker.finish({ ...this.report(), leaving });
    this.pending = [];
    this.readWarnings();
    this.publish();
    return this.ending;
  }

  /** Something outside the course changed what the tracker knows (another tab saved): tell the learner now. */
  refreshWarnings(): void {
    this.readWarnings();
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

  /**
   * The status to record: the LMS's record is a floor. A completion or a pass it holds stays; a failure it holds
   * stays until this session has a result of its own; its score is not replaced by a lower one from after a pass.
   */
  private statusReport(): Pick<TrackingReport, 'completion' | 'success' | 'scorePercent'> {
    const own = success(this.rules, this.state);
    const passed = own === 'passed' || this.floor.success === 'passed';
    return {
      completion: this.floor.completed ? 'completed' : completion(this.rules, this.state),
      success: passed ? 'passed' : own === 'failed' ? 'failed' : this.floor.success,
      scorePercent: this.floor.success === 'passed' && own !== 'passed' ? null : scorePercent(this.rules, this.state),
    };
  }

  /** What the learner is shown: the recorded status, with the LMS's own score where this session sends none. */
  private shownStatus(): SessionSnapshot['status'] {
    const status = this.statusReport();
    return { ...status, scorePercent: status.scorePercent ?? this.floor.scorePercent };
  }

  private report(): TrackingReport {
    const status = this.statusReport();
    const ownCompletion: Completion = completion(this.rules, this.state);
    const ownSuccess = success(this.rules, this.state);
    // Objective results this session cannot match would lower the ones the LMS has: they are left as they are.
    const behindRecord =
      (this.floor.success === 'passed' && ownSuccess !== 'passed') || (this.floor.completed && ownCompletion !== 'completed');
    return {
      ...status,
      retakeAllowed: ownSuccess === 'failed' && !finalIsFinished(this.rules, this.state),
      location: this.state.location ?? '',
      suspendData: encodeState(this.index, this.state),
      progress: this.floor.completed ? 1 : progressMeasure(this.rules, this.state),
      objectives: behindRecord ? [] : objectiveStatuses(this.rules, this.state),
      interactions: this.pending,
      // The end-of-session decision (docs/coordinator-guide.md): the attempt always stays resumable, so a learner
      // who finished comes back to their result and certificate, and an LMS never opens a fresh record over it.
      exit: 'suspend',
      leaving: false,
      sessionMs: this.clock.now() - this.startedAt,
    };
  }

  private isCertified(): boolean {
    const status = this.statusReport();
    return certificateEarned(status.completion, status.success, this.rules.course.masteryScore);
  }

  /** The first time the certificate rule is met, the day is kept in the saved state, for the certificate's date. */
  private recordFinishDay(): void {
    if (this.state.finishedOn !== null || !this.isCertified()) return;
    this.state = apply(this.rules, this.state, { type: 'finished', day: dayNumber(this.clock.now()) });
    this.dirty = true;
  }

  private collectInteractions(action: Action, before: LearnerState): void {
    // Review mode records no answers: the LMS said this launch does not count.
    if (this.reviewOnly) return;
    const now = this.clock.now();
    const timestamp = new Date(now);
    const latency = now - this.lastAnswerAt;
    if (action.type === 'answer') {
      const question = this.index.questionById.get(action.questionId);
      // Practice is reported once per question, with the first answer the learner checked (what they knew before
      // any feedback): later checks would only repeat it, and LMSs cap interactions (see interactionCeiling).
      if (question && before.answers[action.questionId] === undefined) {
        this.pending.push(questionInteraction(question, action.answer, practiceInteractionId(question.id, timestamp), timestamp, latency));
      }
      this.lastAnswerAt = now;
    } else if (action.type === 'answerFinal') {
      this.lastAnswerAt = now;
    } else if (action.type === 'submitAttempt') {
      const attempt = currentAttempt(before);
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
    } else if (action.type === 'go' && !this.roleSent) {
      // The role counts as chosen when the learner starts (leaves the welcome screen), not at each change of the
      // list: one role answer per launch, and none when it is the one already recorded.
      this.roleSent = true;
      if (this.state.role !== null && this.state.role !== this.roleAtLaunch) {
        const record = roleInteraction(this.index, this.state.role, timestamp);
        if (record) this.pending.push(record);
      }
    }
  }

  private scheduleSave(): void {
    if (this.saveScheduled) return;
    this.saveScheduled = true;
    this.clock.afterPaint(() => {
      if (!this.saveScheduled) return;
      this.save();
    });
  }

  private save(): void {
    this.saveScheduled = false;
    if (this.finished) return;
    this.cancelRetry();
    // Review mode: the LMS keeps the record as it was; nothing is sent until Terminate, which sends no values.
    if (this.reviewOnly) {
      this.dirty = false;
      this.publish();
      return;
    }
    const report = this.report();
    const saved = this.tracker.save(report);
    // The interactions are the adapter's now, whatever the Commit said: it stores each once, in order, and retries
    // or counts the ones the LMS refuses. Sending them again would record each answer twice.
    this.pending = this.pending.slice(report.interactions.length);
    const warnings = this.readWarnings();
    if (saved) {
      this.dirty = false;
      if (this.failures >= FAILURES_BEFORE_NOTICE) {
        this.notices = this.notices.filter((n) => n.kind !== 'saving-failed');
        this.notices.push({ kind: 'saved-again' });
      }
      this.failures = 0;
    } else if (!warnings.newerElsewhere) {
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

  /** Turns what the tracker could not do into notices, each said once. */
  private readWarnings(): { newerElsewhere: boolean } {
    const warnings = this.tracker.warnings?.();
    if (!warnings) return { newerElsewhere: false };
    if (warnings.notRecorded > this.notRecordedShown) {
      this.notRecordedShown = warnings.notRecorded;
      this.notices = this.notices.filter((n) => n.kind !== 'not-recorded');
      this.notices.push({ kind: 'not-recorded', count: warnings.notRecorded });
    }
    if (warnings.newerElsewhere && !this.notices.some((n) => n.kind === 'newer-elsewhere')) this.notices.push({ kind: 'newer-elsewhere' });
    if (warnings.storageUnavailable) {
      const localOnly = this.notices.find((n) => n.kind === 'local-only');
      if (localOnly?.kind === 'local-only' && localOnly.reason !== 'no-storage') {
        this.notices = this.notices.map((n) => (n === localOnly ? { kind: 'local-only', reason: 'no-storage' } : n));
      }
    }
    return { newerElsewhere: warnings.newerElsewhere };
  }

  private cancelRetry(): void {
    if (this.retryHandle !== null) this.clock.clearTimeout(this.retryHandle);
    this.retryHandle = null;
  }

  private makeSnapshot(): SessionSnapshot {
    return {
      state: this.state,
      index: this.rules,
      status: this.shownStatus(),
      certificate: this.isCertified(),
      trackerKind: this.tracker.kind,
      notices: this.notices,
      learnerName: this.learnerName,
      learnerId: this.learnerId,
      reviewOnly: this.reviewOnly,
      finished: this.finished,
      ending: this.ending,
      resumed: this.resumed,
    };
  }

  private publish(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
