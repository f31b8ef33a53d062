// The cmi5 and xAPI session against a scripted LRS: launch, statement order, the outbox's retries and its end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeFinal, visitEverything } from '../../../tests/support/driveSession';
import { engineIndex } from '../../../tests/support/fixtures';
import { MemoryTracker } from '../../../tests/support/memoryTracker';
import { CourseSession } from '../../core/session';
import { launchCmi5, type LaunchEnvironment } from './launch';

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
  const statements: Record<string, any>[] = [];
  const documents = new Map<string, string>();
  let down = false;
  let tokenGiven = false;
  const fetchFn = vi.fn(async (url: string, init: RequestInit): Promise<Response> => {
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ method: init.method ?? 'GET', url, body, keepalive: init.keepalive });
    if (url.startsWith('https://lms.example.org/fetch/')) {
      const answer = tokenGiven ? { 'error-code': '1' } : { 'auth-token': 'dG9rZW4=' };
      tokenGiven = true;
      return Response.json(answer);
    }
    if (down) throw new TypeError('Failed to fetch');
    const parsed = new URL(url);
    if (parsed.pathname.endsWith('/statements')) {
      statements.push(...(body as object[]));
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
  });
  return {
    requests,
    statements,
    documents,
    fetchFn,
    setDown: (value: boolean) => {
      down = value;
    },
    verbs: () => statements.map((s) => s.verb.display['en-US'] as string),
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

describe('a cmi5 session', () => {
  it('sends initialized first, then answers and verdicts, terminated last, and the state document', async () => {
    const lrs = scriptedLrs();
    const { tracker } = await launchCmi5(environment(lrs), { activityId: undefined, language: 'en-US' });
    const session = new CourseSession(index, tracker, { now: () => Date.now(), setTimeout: (c, ms) => setTimeout(c, ms), clearTimeout: (h) => clearTimeout(h as number) }, () => new MemoryTracker());
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
});
