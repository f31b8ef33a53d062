// The tracker for cmi5 and xAPI packages. The session's calls return at once: what they call for is queued in
// the outbox (statements in order, the saved state as a State API document) and sent in the background, so a
// slow or unreachable LRS never holds up a page turn. initialized goes first, terminated last, nothing after.
import type { FinishResult, LmsRecord, StartResult, Tracker, TrackingReport } from '../../core/tracker';
import { courseStateDocument } from './courseState';
import type { StateScope, LrsClient } from './lrsClient';
import { Outbox, type OutboxItem, type OutboxTimers } from './outbox';
import {
  answeredStatement,
  completedStatement,
  initializedStatement,
  judgedStatement,
  terminatedStatement,
  type StatementContext,
} from './statements';
import type { Statement } from './types';
import { SessionVerdicts, type LaunchMode, type RegistrationFacts, type Verdict } from './verdicts';
import { COURSE_STATE_ID } from './vocabulary';

/** How long a Finish waits for the outbox to empty before it follows returnURL anyway. */
const RETURN_WAIT_MS = 10_000;

export interface LrsSession {
  client: LrsClient;
  statementContext: StatementContext;
  scope: StateScope;
  mode: LaunchMode;
  facts: RegistrationFacts;
  record: LmsRecord;
  returnUrl: string | null;
  timers: OutboxTimers;
  now(): number;
  /** True while the page is being unloaded (pagehide): no later exists for queued requests. */
  leaving(): boolean;
  /** Called once terminated is queued: nothing more may be sent in this session, even after a reload. */
  onTerminated(): void;
  redirect(url: string): void;
}

export class LrsTracker implements Tracker {
  readonly kind;
  readonly outbox: Outbox;
  private readonly verdicts: SessionVerdicts;
  private ended = false;
  private deliveryListener: (healthy: boolean) => void = () => undefined;

  constructor(private readonly session: LrsSession) {
    this.kind = session.statementContext.profile;
    this.verdicts = new SessionVerdicts(session.facts, session.mode);
    this.outbox = new Outbox(
      (item) => this.deliver(item),
      session.timers,
      (healthy) => this.deliveryListener(healthy),
    );
  }

  watchDelivery(listener: (healthy: boolean) => void): void {
    this.deliveryListener = listener;
  }

  start(): StartResult {
    this.outbox.addStatements([initializedStatement(this.session.statementContext, this.session.now())]);
    return { ok: true, record: this.session.record };
  }

  /** True once queued: whether it arrives is the outbox's to report, through watchDelivery. */
  save(report: TrackingReport): boolean {
    if (this.ended) return false;
    this.queue(report, false);
    return true;
  }

  /** saved: handed to the outbox, which keeps delivering it; lmsTakesOver: cmi5 returns to the LMS's returnURL. */
  finish(report: TrackingReport): FinishResult {
    if (this.ended) return { saved: false, lmsTakesOver: false };
    this.ended = true;
    this.queue(report, true);
    this.outbox.addStatements([terminatedStatement(this.session.statementContext, this.session.now(), report.sessionMs)]);
    this.outbox.close();
    this.session.onTerminated();
    if (this.session.leaving()) {
      this.outbox.sendAllNow();
      return { saved: true, lmsTakesOver: false };
    }
    const returnUrl = this.session.returnUrl;
    if (returnUrl) void this.outbox.whenEmpty(RETURN_WAIT_MS).then(() => this.session.redirect(returnUrl));
    return { saved: true, lmsTakesOver: returnUrl !== null };
  }

  private queue(report: TrackingReport, ending: boolean): void {
    const { statementContext: ctx, mode } = this.session;
    const at = this.session.now();
    // Browse and Review: the LMS records nothing of this session but initialized and terminated (cmi5 10.2.2).
    const statements: Statement[] = mode === 'Normal' ? report.interactions.map((interaction) => answeredStatement(ctx, interaction)) : [];
    statements.push(...this.verdicts.next(report, ending).map((verdict) => this.verdictStatement(verdict, at, report)));
    this.outbox.addStatements(statements);
    if (mode === 'Normal') this.outbox.putState(COURSE_STATE_ID, courseStateDocument(report, this.verdicts.recorded()));
  }

  private verdictStatement(verdict: Verdict, at: number, report: TrackingReport): Statement {
    const ctx = this.session.statementContext;
    return verdict === 'completed'
      ? completedStatement(ctx, at, report.sessionMs)
      : judgedStatement(ctx, verdict, at, report.sessionMs, report.scorePercent);
  }

  private deliver(item: OutboxItem): Promise<void> {
    const { client, scope } = this.session;
    return item.kind === 'statements' ? client.postStatements(item.statements) : client.putState(scope, item.stateId, item.document);
  }
}
