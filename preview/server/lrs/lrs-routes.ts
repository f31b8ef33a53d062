// The preview LRS's HTTP side: the cmi5 fetch URL, the xAPI resources the course uses (statements, State API,
// agent profile), and the admin calls the LRS page and the tests make (launch, reset, down, log).
import type { LaunchMode, LrsProfile, PackageDescription, PreviewLms } from './preview-lms';
import { LRS_PROFILES } from './preview-lms';
import { profileKey, stateKey } from './lrs-store';

export interface LrsReply {
  status: number;
  contentType: string;
  body: string;
}

export interface LrsRequest {
  method: string;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const json = (status: number, value: unknown): LrsReply => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
});
const text = (status: number, message: string): LrsReply => ({ status, contentType: 'text/plain; charset=utf-8', body: message });
const LAUNCH_MODES: readonly string[] = ['Normal', 'Browse', 'Review'];

export interface LrsRouteContext {
  lms: PreviewLms;
  origin: string;
  describe(profile: LrsProfile): PackageDescription;
  launchPath(profile: LrsProfile): string;
}

/** Answers a request under /lrs/, or null for any other path. */
export function routeLrs(context: LrsRouteContext, request: LrsRequest): LrsReply | null {
  const path = request.url.pathname;
  if (!path.startsWith('/lrs/')) return null;
  const { store } = context.lms;
  const fetchMatch = /^\/lrs\/fetch\/([\w-]+)$/.exec(path);
  if (fetchMatch) {
    // cmi5 8.2: POST only, so that no cache answers twice; errors are 200 with an error-code.
    return request.method === 'POST' ? json(200, store.fetchToken(fetchMatch[1] ?? '')) : text(405, 'The fetch URL takes POST only');
  }
  if (path.startsWith('/lrs/xapi/')) return xapiResource(context, request, path.slice('/lrs/xapi/'.length));
  if (path.startsWith('/lrs/admin/')) return admin(context, request, path.slice('/lrs/admin/'.length));
  return null;
}

function xapiResource(context: LrsRouteContext, request: LrsRequest, resource: string): LrsReply {
  const { store } = context.lms;
  if (store.down) return text(503, 'The LRS is down (preview switch)');
  const auth = request.headers.authorization;
  if (!store.authorized(typeof auth === 'string' ? auth : undefined)) return text(401, 'No valid Authorization header');
  if (!request.headers['x-experience-api-version']) return text(400, 'No X-Experience-API-Version header');
  const params = request.url.searchParams;
  if (resource === 'statements') {
    if (request.method === 'GET') return json(200, { statements: store.statements.map((s) => s.statement), more: '' });
    if (request.method !== 'POST') return text(405, 'statements: GET or POST');
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return text(400, 'The body is not JSON');
    }
    const result = store.addStatements(body);
    return result.ok ? json(200, result.ids) : text(400, result.problems.join('\n'));
  }
  const key = resource === 'activities/state' ? stateKey(params) : resource === 'agents/profile' ? profileKey(params) : undefined;
  if (key === undefined) return text(404, `No such resource: ${resource}`);
  if (key === null) return text(400, `${resource}: missing parameters`);
  switch (request.method) {
    case 'GET': {
      const document = store.getDocument(key);
      return document === undefined ? text(404, 'No such document') : { status: 200, contentType: 'application/json', body: document };
    }
    case 'PUT':
    case 'POST':
      try {
        JSON.parse(request.body);
      } catch {
        return text(400, 'The document is not JSON');
      }
      store.putDocument(key, request.body);
      return { status: 204, contentType: 'text/plain', body: '' };
    case 'DELETE':
      store.deleteDocument(key);
      return { status: 204, contentType: 'text/plain', body: '' };
    default:
      return text(405, `${resource}: ${request.method} not allowed`);
  }
}

function admin(context: LrsRouteContext, request: LrsRequest, action: string): LrsReply {
  const { lms } = context;
  const params = request.url.searchParams;
  const profile = params.get('profile') as LrsProfile | null;
  if (action === 'down' && request.method === 'POST') {
    const seconds = Number(params.get('seconds'));
    if (!Number.isFinite(seconds) || seconds < 0) return text(400, 'seconds must be a number ≥ 0');
    lms.store.goDown(seconds * 1000);
    return json(200, { down: lms.store.down });
  }
  if (action === 'log') {
    return json(200, {
      statements: lms.store.statements,
      refusals: lms.store.refusals,
      launches: lms.launches,
      fetchCalls: Object.fromEntries(lms.store.fetchCalls),
      down: lms.store.down,
    });
  }
  if (!profile || !LRS_PROFILES.includes(profile)) return text(400, 'profile must be cmi5 or xapi');
  if (action === 'launch' && request.method === 'POST') {
    const mode = params.get('mode') ?? 'Normal';
    if (!LAUNCH_MODES.includes(mode)) return text(400, 'mode must be Normal, Browse or Review');
    const mastery = params.get('masteryScore');
    const masteryScore = mastery === null ? undefined : Number(mastery);
    if (masteryScore !== undefined && !(masteryScore >= 0 && masteryScore <= 1)) return text(400, 'masteryScore must be from 0 to 1');
    const url = lms.launch(profile, context.describe(profile), context.origin, context.launchPath(profile), {
      mode: mode as LaunchMode,
      ...(masteryScore === undefined ? {} : { masteryScore }),
      ...(params.get('returnUrl') ? { returnUrl: new URL(params.get('returnUrl') ?? '', context.origin).href } : {}),
    });
    return json(200, { url, registration: lms.registration(profile) });
  }
  if (action === 'reset' && request.method === 'POST') {
    lms.resetRegistration(profile);
    return json(200, { registration: lms.registration(profile) });
  }
  return text(404, `No such admin action: ${action}`);
}
