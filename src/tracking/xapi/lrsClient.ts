// The few xAPI resources the course uses, over fetch: statements (POST), the State API and the Agent Profile
// API. Every request may outlive the page (keepalive) while its body fits the browser's 64 KB keepalive quota,
// so a request under way when the learner closes the tab still arrives.
import type { Agent, Statement } from './types';

export const XAPI_VERSION = '1.0.3';
const KEEPALIVE_MAX_BODY = 60_000;

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Where a State API document lives: the AU, the learner and the registration, as launched. */
export interface StateScope {
  activityId: string;
  agent: Agent;
  registration: string | null;
}

export class LrsError extends Error {
  constructor(
    message: string,
    /** 0 when the LRS could not be reached at all. */
    readonly status: number,
  ) {
    super(message);
  }

  /** Worth trying again: the LRS was unreachable, overloaded or failing, not refusing the request itself. */
  get transient(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export class LrsClient {
  constructor(
    private readonly endpoint: string,
    private readonly authorization: string,
    private readonly fetchFn: Fetch,
  ) {}

  async postStatements(statements: Statement[]): Promise<void> {
    const response = await this.request('statements', '', { method: 'POST', body: JSON.stringify(statements) });
    // 409: the LRS has these statement ids already (a retry after a lost response); nothing is lost.
    if (!response.ok && response.status !== 409) throw await this.failure(response, 'POST statements');
    await drain(response);
  }

  async getState(scope: StateScope, stateId: string): Promise<unknown> {
    return this.getDocument('activities/state', stateQuery(scope, stateId));
  }

  async putState(scope: StateScope, stateId: string, document: unknown): Promise<void> {
    const response = await this.request('activities/state', stateQuery(scope, stateId), { method: 'PUT', body: JSON.stringify(document) });
    if (!response.ok) throw await this.failure(response, `PUT state ${stateId}`);
    await drain(response);
  }

  async getAgentProfile(agent: Agent, profileId: string): Promise<unknown> {
    return this.getDocument('agents/profile', new URLSearchParams({ agent: JSON.stringify(agent), profileId }).toString());
  }

  /** A document, or null when the LRS has none (404). */
  private async getDocument(resource: string, query: string): Promise<unknown> {
    const response = await this.request(resource, query, { method: 'GET' });
    if (response.status === 404) return null;
    if (!response.ok) throw await this.failure(response, `GET ${resource}`);
    const text = await response.text();
    try {
      return text === '' ? null : (JSON.parse(text) as unknown);
    } catch {
      throw new LrsError(`GET ${resource}: the LRS sent something that is not JSON`, response.status);
    }
  }

  private async request(resource: string, query: string, init: { method: string; body?: string }): Promise<Response> {
    const url = `${this.endpoint}${resource}${query ? `?${query}` : ''}`;
    const headers: Record<string, string> = { Authorization: this.authorization, 'X-Experience-API-Version': XAPI_VERSION };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await this.fetchFn(url, {
        ...init,
        headers,
        keepalive: init.body === undefined || init.body.length <= KEEPALIVE_MAX_BODY,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      throw new LrsError(
        `${init.method} ${resource}: the LRS could not be reached (${error instanceof Error ? error.message : String(error)})`,
        0,
      );
    }
  }

  private async failure(response: Response, what: string): Promise<LrsError> {
    const detail = (await response.text().catch(() => '')).slice(0, 200);
    return new LrsError(`${what}: the LRS answered ${response.status}${detail ? ` (${detail})` : ''}`, response.status);
  }
}

/**
 * Reads an answer to its end. Chromium counts a keepalive request against its 64 KB quota until its response has
 * been read, so answers left unread would, after some 60 KB of statements, make every later request fail.
 */
async function drain(response: Response): Promise<void> {
  await response.arrayBuffer().catch(() => undefined);
}

function stateQuery(scope: StateScope, stateId: string): string {
  const params = new URLSearchParams({ activityId: scope.activityId, agent: JSON.stringify(scope.agent), stateId });
  if (scope.registration !== null) params.set('registration', scope.registration);
  return params.toString();
}
