// What the course must still tell the LRS, in order: statement batches and State API documents. One request at a
// time, the next only when the one before it arrived, so the LRS receives statements in the order they happened,
// each once. A request that fails because the LRS is unreachable or failing is tried again with growing pauses
// (1 s … 10 s) for as long as the page is open; one the LRS refuses as malformed is dropped and noted, so it
// cannot hold up the rest. Once closed (after terminated) nothing more is accepted.
import type { Statement } from './types';
import { LrsError } from './lrsClient';

export type OutboxItem = { kind: 'statements'; statements: Statement[] } | { kind: 'state'; stateId: string; document: unknown };

export interface OutboxTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 10_000];
/** Statements per POST: well under the 64 KB a keepalive request may carry. */
const MAX_BATCH = 40;
/** After this many failures in a row the learner is told that saving is failing (the session's notice). */
const FAILURES_BEFORE_UNHEALTHY = 2;

export class Outbox {
  private readonly items: OutboxItem[] = [];
  private sending: OutboxItem | null = null;
  private failures = 0;
  private retryHandle: unknown = null;
  private closed = false;
  private emptyWaiters: (() => void)[] = [];
  /** Requests the LRS refused (4xx), which no retry would change. */
  readonly refused: string[] = [];

  constructor(
    private readonly send: (item: OutboxItem) => Promise<void>,
    private readonly timers: OutboxTimers,
    /** Told when delivery starts failing (false) and when it works again (true). */
    private readonly onHealthChange: (healthy: boolean) => void = () => undefined,
  ) {}

  addStatements(statements: Statement[]): void {
    if (this.closed || statements.length === 0) return;
    const last = this.items[this.items.length - 1];
    if (last && last !== this.sending && last.kind === 'statements' && last.statements.length + statements.length <= MAX_BATCH) {
      last.statements.push(...statements);
    } else {
      this.items.push({ kind: 'statements', statements: [...statements] });
    }
    this.pump();
  }

  /** Only the latest version of a document matters: a version still waiting is replaced where it waits. */
  putState(stateId: string, document: unknown): void {
    if (this.closed) return;
    const waiting = this.items.find((item) => item !== this.sending && item.kind === 'state' && item.stateId === stateId);
    if (waiting?.kind === 'state') waiting.document = document;
    else this.items.push({ kind: 'state', stateId, document });
    this.pump();
  }

  /** Nothing more is accepted; what is queued is still delivered. */
  close(): void {
    this.closed = true;
  }

  /** False once sending has failed a few times in a row; true again when a request arrives. */
  private get healthy(): boolean {
    return this.failures < FAILURES_BEFORE_UNHEALTHY;
  }

  get pending(): number {
    return this.items.length;
  }

  /** Resolves true when everything queued has arrived, false if that has not happened within `timeoutMs`. */
  whenEmpty(timeoutMs: number): Promise<boolean> {
    if (this.items.length === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const handle = this.timers.setTimeout(() => resolve(false), timeoutMs);
      this.emptyWaiters.push(() => {
        this.timers.clearTimeout(handle);
        resolve(true);
      });
    });
  }

  /**
   * The page is going away: hand everything still waiting to the browser now, statements in one ordered batch,
   * as keepalive requests that outlive the page. There is no later for retries: an LRS that is down now loses them.
   */
  sendAllNow(): void {
    if (this.retryHandle !== null) this.timers.clearTimeout(this.retryHandle);
    this.retryHandle = null;
    const waiting = this.items.filter((item) => item !== this.sending);
    this.items.splice(0, this.items.length, ...(this.sending ? [this.sending] : []));
    const statements = waiting.flatMap((item) => (item.kind === 'statements' ? item.statements : []));
    for (let start = 0; start < statements.length; start += MAX_BATCH) {
      void this.send({ kind: 'statements', statements: statements.slice(start, start + MAX_BATCH) }).catch(() => undefined);
    }
    for (const item of waiting) if (item.kind === 'state') void this.send(item).catch(() => undefined);
  }

  private pump(): void {
    if (this.sending || this.retryHandle !== null) return;
    const item = this.items[0];
    if (!item) {
      for (const waiter of this.emptyWaiters.splice(0)) waiter();
      return;
    }
    this.sending = item;
    this.send(item).then(
      () => this.settle(item, null),
      (error: unknown) => this.settle(item, error),
    );
  }

  private settle(item: OutboxItem, error: unknown): void {
    this.sending = null;
    if (this.items[0] !== item) return; // handed to the browser by sendAllNow meanwhile
    if (error === null || (error instanceof LrsError && !error.transient)) {
      if (error instanceof LrsError) this.refused.push(error.message);
      this.items.shift();
      const wasFailing = !this.healthy;
      this.failures = 0;
      if (wasFailing) this.onHealthChange(true);
      this.pump();
      return;
    }
    this.failures += 1;
    if (this.failures === FAILURES_BEFORE_UNHEALTHY) this.onHealthChange(false);
    const delay = RETRY_DELAYS_MS[Math.min(this.failures - 1, RETRY_DELAYS_MS.length - 1)] as number;
    this.retryHandle = this.timers.setTimeout(() => {
      this.retryHandle = null;
      this.pump();
    }, delay);
  }
}
