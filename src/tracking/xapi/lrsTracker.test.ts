// @vitest-environment jsdom
// The cmi5 and xAPI session against a scripted LRS: launch, statement order, the outbox's retries and its end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeFinal, visitEverything } from '../../../tests/support/driveSession';
import { engineIndex } from '../../../tests/support/fixtures';
import { MemoryTracker } from '../../../tests/support/memoryTracker';
import { CourseSession } from '../../core/session';
import { launchCmi5, type LaunchEnvironment } from './launch';
import type { Statement } from './types';

const index = engineIndex();
const AU = 'https://lms.example.org/au/1';
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'l1' } };
const search = `?${new URLSearchParams({ endpoint: 'https://lrs.example.org/xapi', fetch: 'https://lms.example.org/fetch/1', actor: JSON.stringify(actor), registration: 'reg-1', activityId: AU })}`;

interface Request {
  method: string;
  url: string;
  body: unknown;
  keepalive: boolean | undefined;
}

/** An LRS in memory: statements, documents, and a switch that makes it fail. */
function scriptedLrs(launchData: Record<string, unknown> = {}) {
  const requests: Request[] = [];
  const statements: Statement[] = [];
  const documents = new Map<string, string>();
  let down = false;
  let tokenGiven = false;
  function respond(url: string, init: RequestInit): Response {
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ method: init.method ?? 'GET', url, body, keepalive: init.keepalive });
    if (url.startsWith('https://lms.example.org/fetch/')) {
      const answer = tokenGiven ? { 'error-code': '1' } : { 'auth-token': 'dG9rZW4=' };
      tokenGiven = true;
      return Response.json(answer);
    }
    const parsed = new URL(url);
    if (parsed.pathname.endsWith('/statements')) {
      statements.push(...(body as Statement[]));
      return Response.json([]);
    }
    const key = `${parsed.pathname}|${parsed.searchParams.get('stateId') ?? parsed.searchParams.get('profileId')}`;
    if (parsed.searchParams.get('stateId') === 'LMS.LaunchData') {
      return Response.json({
        launchMode: 'Normal',
        moveOn: 'CompletedAndPassed',
        masteryScore: 0.8,
        contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' } },
        ...launchData,
      });
    }
    if (init.method === 'PUT') {
      documents.set(key, init.body as string);
      return new Response(null, { status: 204 });
    }
    const document = documents.get(key);
    return document === undefined ? new Response('', { status: 404 }) : new Response(document, { status: 200 });
  }
  const fetchFn = vi.fn((url: string, init: RequestInit): Promise<Response> => {
    if (down && !url.includes('/fetch/')) {
      requests.push({ method: init.method ?? 'GET', url, body: undefined, keepalive: init.keepalive });
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return Promise.resolve(respond(url, init));
  });
  return {
    requests,
    statements,
    documents,
    fetchFn,
    setDown: (value: boolean) => {
      down = value;
    },
    verbs: () => statements.map((s) => s.verb.display['en-US']),
  };
}

function environment(lrs: ReturnType<typeof scriptedLrs>, overrides: Partial<LaunchEnvironment> = {}): LaunchEnvironment {
  return {
    search,
    fetch: lrs.fetchFn,
    sessionStorage: window.sessionStorage,
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as number) },
    now: () => Date.now(),
    leaving: () => false,
    redirect: () => undefined,
    ...overrides,
  };
}

async function settle(): Promise<void> {
  await vi.runAllTimersAsync();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  window.sessionStorage.clear();
});
afterEach(() => vi.useRealTimers());

const clock = {
  now: () => Date.now(),
  setTimeout: (c: () => void, ms: number) => setTimeout(c, ms),
  clearTimeout: (h: unknown) => clearTimeout(h as number),
  afterPaint: (callback: () => void) => callback(),
};

async function startSession(lrs: ReturnType<typeof scriptedLrs>, overrides: Partial<LaunchEnvironment> = {}) {
  const launched = await launchCmi5(environment(lrs, overrides), { activityId: undefined, language: 'en-US' });
  const session = new CourseSession(index, launched.tracker, clock, () => new MemoryTracker());
  session.start();
  return { ...launched, session };
}

describe('a cmi5 session', () => {
  it('sends initialized first, then answers and verdicts, terminated last, and the state document', async () => {
    const lrs = scriptedLrs();
    const { tracker } = await launchCmi5(environment(lrs), { activityId: undefined, language: 'en-US' });
    const session = new CourseSession(index, tracker, clock, () => new MemoryTracker());
    session.start();
    visitEverything(session, index);
    takeFinal(session, index, 11);
    session.finish();
    await settle();
    const verbs = lrs.verbs();
    expect(verbs[0]).toBe('initialized');
    expect(verbs[verbs.length - 1]).toBe('terminated');
    expect(verbs.filter((v) => v !== 'answered')).toEqual(['initialized', 'passed', 'completed', 'terminated']);
    expect([...lrs.documents.keys()].some((key) => key.endsWith('|course-state'))).toBe(true);
  });

  it('reads LMS.LaunchData and the learner preferences before any statement, and posts to the fetch URL once', async () => {
    const lrs = scriptedLrs();
    await startSession(lrs);
    await settle();
    const firstStatement = lrs.requests.findIndex((r) => r.url.endsWith('/statements'));
    const before = lrs.requests.slice(0, firstStatement).map((r) => `${r.method} ${new URL(r.url).pathname}`);
    expect(before).toEqual(['POST /fetch/1', 'GET /xapi/activities/state', 'GET /xapi/agents/profile', 'GET /xapi/activities/state']);
    expect(lrs.requests.filter((r) => r.url.includes('/fetch/'))).toHaveLength(1);
    expect(lrs.requests.every((r) => r.url.includes('/fetch/') || r.keepalive === true)).toBe(true);
  });

  it('a reload in the same session uses the kept token instead of a second POST; after terminated it sends nothing', async () => {
    const lrs = scriptedLrs();
    const first = await startSession(lrs);
    await settle();
    const again = await launchCmi5(environment(lrs), { activityId: undefined, language: 'en-US' });
    expect(again.tracker.kind).toBe('cmi5');
    expect(lrs.requests.filter((r) => r.url.includes('/fetch/'))).toHaveLength(1);
    first.session.finish();
    await settle();
    const count = lrs.statements.length;
    await expect(launchCmi5(environment(lrs), { activityId: undefined, language: 'en-US' })).rejects.toThrow(/session has ended/);
    first.session.dispatch({ type: 'go', pageId: 'intro' });
    await settle();
    expect(lrs.statements).toHaveLength(count);
    expect(lrs.verbs().at(-1)).toBe('terminated');
  });

  it('a fetch URL that refuses (already used elsewhere) stops the launch with its error', async () => {
    const lrs = scriptedLrs();
    await lrs.fetchFn('https://lms.example.org/fetch/1', { method: 'POST' });
    await expect(launchCmi5(environment(lrs), { activityId: undefined, language: 'en-US' })).rejects.toThrow(/refused a token \(error "1"/);
  });

  it("judges passed and failed against the LMS's masteryScore, which it hands to the course in percent", async () => {
    const lrs = scriptedLrs({ masteryScore: 0.95 });
    const { masteryScorePercent } = await startSession(lrs);
    expect(masteryScorePercent).toBe(95);
  });

  it.each(['Browse', 'Review'])(
    'in %s mode sends only initialized and terminated, and leaves the saved state alone',
    async (launchMode) => {
      const lrs = scriptedLrs({ launchMode });
      const { session } = await startSession(lrs);
      visitEverything(session, index);
      takeFinal(session, index, 11);
      session.finish();
      await settle();
      expect(lrs.verbs()).toEqual(['initialized', 'terminated']);
      expect([...lrs.documents.keys()].some((key) => key.endsWith('|course-state'))).toBe(false);
    },
  );

  it.each([
    ['Normal', false],
    ['Browse', true],
    ['Review', true],
  ] as const)('a %s launch tells the course whether it is in review mode (%s), as a SCORM LMS does', async (launchMode, reviewOnly) => {
    const { session } = await startSession(scriptedLrs({ launchMode }));
    expect(session.getSnapshot().reviewOnly).toBe(reviewOnly);
  });

  it('keeps everything while the LRS is down, then delivers it in order, once; never blocks the session', async () => {
    const lrs = scriptedLrs();
    const { session } = await startSession(lrs);
    await settle();
    lrs.setDown(true);
    visitEverything(session, index);
    takeFinal(session, index, 11);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(lrs.verbs()).toEqual(['initialized']);
    expect(session.getSnapshot().notices.map((n) => n.kind)).toEqual(['saving-failed']);
    lrs.setDown(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(session.getSnapshot().notices.map((n) => n.kind)).toEqual(['saved-again']);
    session.finish();
    await settle();
    const ids = lrs.statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = lrs.statements.map((s) => Date.parse(s.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(lrs.verbs().filter((v) => v !== 'answered')).toEqual(['initialized', 'passed', 'completed', 'terminated']);
  });

  it('when the page is going away hands everything still queued to the browser at once, in one ordered batch', async () => {
    const lrs = scriptedLrs();
    let leaving = false;
    const { session } = await startSession(lrs, { leaving: () => leaving });
    await settle();
    lrs.setDown(true);
    session.dispatch({ type: 'go', pageId: 'intro' });
    visitEverything(session, index);
    await vi.advanceTimersByTimeAsync(100);
    lrs.setDown(false);
    leaving = true;
    session.finish();
    await Promise.resolve();
    const posts = lrs.requests.filter((r) => r.url.endsWith('/statements') && r.method === 'POST');
    const last = posts.at(-1)!.body as { verb: { display: Record<string, string> } }[];
    expect(last.at(-1)!.verb.display['en-US']).toBe('terminated');
    expect(lrs.verbs().at(-1)).toBe('terminated');
  });

  it('follows returnURL once everything has arrived after Finish', async () => {
    const lrs = scriptedLrs({ returnURL: 'https://lms.example.org/course/7' });
    const redirect = vi.fn();
    const { session } = await startSession(lrs, { redirect });
    session.finish();
    expect(redirect).not.toHaveBeenCalled();
    await settle();
    expect(redirect).toHaveBeenCalledWith('https://lms.example.org/course/7');
  });
});
