// What the LMS puts in the launch URL. cmi5 (spec 8.1): endpoint, fetch, actor, registration, activityId, all
// required. xAPI packages (Rustici's launch convention for tincan.xml): endpoint, auth, actor, and optionally
// registration and activity_id. A missing or malformed value is reported by name.
import type { Agent } from './types';

export interface Cmi5Launch {
  endpoint: string;
  fetchUrl: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

export interface XapiLaunch {
  endpoint: string;
  auth: string;
  actor: Agent;
  registration: string | null;
  activityId: string | null;
}

export class LaunchError extends Error {}

function required(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) throw new LaunchError(`The launch URL has no ${name}`);
  return value;
}

function absoluteUrl(value: string, name: string): string {
  try {
    return new URL(value).href;
  } catch {
    throw new LaunchError(`The launch URL's ${name} is not an absolute URL: ${value}`);
  }
}

/** Endpoints are joined with resource names ("statements"), so they end with "/". */
const asEndpoint = (url: string) => (url.endsWith('/') ? url : `${url}/`);

const firstOf = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * The actor as xAPI 1.0 wants it. Rustici-era LMSs still send the 0.9 form, with arrays for name and mbox and an
 * account of accountServiceHomePage/accountName; those are converted.
 */
export function parseActor(text: string): Agent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new LaunchError("The launch URL's actor is not JSON");
  }
  if (typeof parsed !== 'object' || parsed === null) throw new LaunchError("The launch URL's actor is not an object");
  const raw = parsed as Record<string, unknown>;
  const agent: Agent = { objectType: 'Agent' };
  const name = firstOf(raw.name);
  if (typeof name === 'string') agent.name = name;
  const mbox = firstOf(raw.mbox);
  const account = firstOf(raw.account) as Record<string, unknown> | undefined;
  if (typeof mbox === 'string') agent.mbox = mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}`;
  else if (account && typeof account === 'object') {
    const homePage = account.homePage ?? account.accountServiceHomePage;
    const accountName = account.name ?? account.accountName;
    if (typeof homePage === 'string' && typeof accountName === 'string') agent.account = { homePage, name: accountName };
  } else if (typeof raw.mbox_sha1sum === 'string') agent.mbox_sha1sum = raw.mbox_sha1sum;
  else if (typeof raw.openid === 'string') agent.openid = raw.openid;
  if (!agent.mbox && !agent.account && !agent.mbox_sha1sum && !agent.openid) {
    throw new LaunchError("The launch URL's actor has no mbox, account, mbox_sha1sum or openid");
  }
  return agent;
}

export function parseCmi5Launch(search: string): Cmi5Launch {
  const params = new URLSearchParams(search);
  const actor = parseActor(required(params, 'actor'));
  // cmi5 9.2: the actor of every cmi5 defined statement is an Agent with an account.
  if (!actor.account) throw new LaunchError("The launch URL's actor has no account, which cmi5 requires");
  return {
    endpoint: asEndpoint(absoluteUrl(required(params, 'endpoint'), 'endpoint')),
    fetchUrl: absoluteUrl(required(params, 'fetch'), 'fetch'),
    actor,
    registration: required(params, 'registration'),
    activityId: required(params, 'activityId'),
  };
}

export function parseXapiLaunch(search: string): XapiLaunch {
  const params = new URLSearchParams(search);
  return {
    endpoint: asEndpoint(absoluteUrl(required(params, 'endpoint'), 'endpoint')),
    auth: required(params, 'auth'),
    actor: parseActor(required(params, 'actor')),
    registration: params.get('registration') || null,
    activityId: params.get('activity_id') || null,
  };
}
