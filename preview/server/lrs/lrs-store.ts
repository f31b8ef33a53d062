// The preview's learning record store, in memory: statements (each checked with Learning Locker's xAPI
// validator), State API documents, agent profiles, and the one-time cmi5 fetch URLs with their tokens.
// It keeps what it refused, so the page and the tests can show that nothing was.
import { randomUUID } from 'node:crypto';
import { validateStatement } from './validate-statement';

export interface StoredStatement {
  statement: Record<string, unknown>;
  /** When the LRS received it (ms since the epoch). */
  stored: number;
}

export interface Refusal {
  reason: string;
  body: unknown;
  at: number;
}

interface FetchUrl {
  token: string;
  used: boolean;
}

export class LrsStore {
  readonly statements: StoredStatement[] = [];
  readonly refusals: Refusal[] = [];
  /** How many POSTs each fetch URL received (a test checks the course asks once). */
  readonly fetchCalls = new Map<string, number>();
  private readonly documents = new Map<string, string>();
  private readonly fetchUrls = new Map<string, FetchUrl>();
  private readonly tokens = new Set<string>();
  private downUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** A new one-time fetch URL id whose POST gives a new token. */
  createFetchUrl(): string {
    const id = randomUUID();
    this.fetchUrls.set(id, { token: Buffer.from(`preview:${randomUUID()}`).toString('base64'), used: false });
    return id;
  }

  /** A token for an xAPI (tincan.xml) launch, which carries its auth in the launch URL. */
  createToken(): string {
    const token = Buffer.from(`preview:${randomUUID()}`).toString('base64');
    this.tokens.add(token);
    return token;
  }

  /** cmi5 8.2: the token the first time, error 1 every time after. */
  fetchToken(id: string): Record<string, string> {
    this.fetchCalls.set(id, (this.fetchCalls.get(id) ?? 0) + 1);
    const entry = this.fetchUrls.get(id);
    if (!entry) return { 'error-code': '2', 'error-text': 'Unknown fetch URL' };
    if (entry.used) return { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' };
    entry.used = true;
    this.tokens.add(entry.token);
    return { 'auth-token': entry.token };
  }

  authorized(header: string | undefined): boolean {
    const match = /^Basic (.+)$/.exec(header ?? '');
    return match !== null && this.tokens.has(match[1] ?? '');
  }

  /** The LRS answers 503 to every xAPI request for this long (for tests of a course that must wait). */
  goDown(ms: number): void {
    this.downUntil = this.now() + ms;
  }

  get down(): boolean {
    return this.now() < this.downUntil;
  }

  /** Stores valid statements; refuses the whole batch if one is invalid, as an LRS must. Returns the ids or the problems. */
  addStatements(body: unknown): { ok: true; ids: string[] } | { ok: false; problems: string[] } {
    const batch = Array.isArray(body) ? body : [body];
    const problems = batch.flatMap((statement, index) =>
      validateStatement(statement).map((warning) => `statement ${index}: ${JSON.stringify(warning).slice(0, 300)}`),
    );
    const ids = batch.map((statement) => JSON.stringify((statement as Record<string, unknown>).id ?? ''));
    if (new Set(ids).size !== ids.length) problems.push('the batch repeats a statement id');
    for (const [index, id] of ids.entries()) {
      const existing = this.statements.find((s) => JSON.stringify(s.statement.id) === id);
      if (existing && JSON.stringify(existing.statement) !== JSON.stringify(batch[index]))
        problems.push(`statement ${id} differs from the one stored`);
    }
    if (problems.length > 0) {
      this.refusals.push({ reason: problems.join('; '), body, at: this.now() });
      return { ok: false, problems };
    }
    const stored = this.now();
    for (const [index, statement] of batch.entries()) {
      // A statement the LRS has already (a retry whose first answer was lost) is not stored twice.
      if (!this.statements.some((s) => JSON.stringify(s.statement.id) === ids[index]))
        this.statements.push({ statement: statement as Record<string, unknown>, stored });
    }
    return { ok: true, ids };
  }

  /** A statement the LMS itself makes (launched), with the same checks. */
  addLmsStatement(statement: Record<string, unknown>): void {
    const result = this.addStatements(statement);
    if (!result.ok) throw new Error(`The preview LMS made an invalid statement: ${result.problems.join('; ')}`);
  }

  getDocument(key: string): string | undefined {
    return this.documents.get(key);
  }

  putDocument(key: string, text: string): void {
    this.documents.set(key, text);
  }

  deleteDocument(key: string): void {
    this.documents.delete(key);
  }
}

/** The key of a State API document: the activity, the agent, the registration and the state id. */
export function stateKey(params: URLSearchParams): string | null {
  const activityId = params.get('activityId');
  const agent = params.get('agent');
  const stateId = params.get('stateId');
  if (!activityId || !agent || !stateId) return null;
  return `state|${activityId}|${canonicalAgent(agent)}|${params.get('registration') ?? ''}|${stateId}`;
}

export function profileKey(params: URLSearchParams): string | null {
  const agent = params.get('agent');
  const profileId = params.get('profileId');
  if (!agent || !profileId) return null;
  return `profile|${canonicalAgent(agent)}|${profileId}`;
}

/** Agents are identified by their inverse functional identifier, not by the JSON spelling. */
function canonicalAgent(text: string): string {
  try {
    const agent = JSON.parse(text) as Record<string, unknown>;
    const account = agent.account as Record<string, unknown> | undefined;
    if (account) return `account:${String(account.homePage)}|${String(account.name)}`;
    const identifier = agent.mbox ?? agent.mbox_sha1sum ?? agent.openid;
    return typeof identifier === 'string' ? identifier : text;
  } catch {
    return text;
  }
}
