// The harness page's query string: fault injection for robustness tests, plus a starting record.
// Parsed by the harness in the browser and built by the tests in Node, so both agree on one spelling.
import type { CmiRecord } from './lms-types';

export type FailureMode = 'false' | 'throw';

export interface Faults {
  /** Never put an API on the harness window. */
  noApi?: boolean;
  /** Put the API on the harness window only this many milliseconds after the page starts. */
  apiDelayMs?: number;
  /** Make Initialize/LMSInitialize return "false" or throw. */
  initialize?: FailureMode;
  /** Make Commit/LMSCommit return "false" or throw (every commit, or the first `commitFailures`). */
  commit?: FailureMode;
  commitFailures?: number;
  /** Load the SCO from a second origin, so reading the harness window from the SCO throws a SecurityError. */
  crossOrigin?: boolean;
}

export interface LaunchQuery {
  faults: Faults;
  /** Start from this record instead of the stored one (it replaces the stored one). */
  preload: CmiRecord | null;
  /** Forget the stored record before launching: a first launch for a new learner. */
  fresh: boolean;
}

/** Parameters applied once at page load and then dropped from the address, so Relaunch does not repeat them. */
export const ONE_SHOT_PARAMS = ['preload', 'fresh'] as const;

export function buildLaunchQuery(query: Partial<LaunchQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const faults = query.faults ?? {};
  if (faults.noApi) params.set('noApi', '1');
  if (faults.apiDelayMs !== undefined) params.set('apiDelayMs', String(faults.apiDelayMs));
  if (faults.initialize) params.set('initialize', faults.initialize);
  if (faults.commit) params.set('commit', faults.commit);
  if (faults.commitFailures !== undefined) params.set('commitFailures', String(faults.commitFailures));
  if (faults.crossOrigin) params.set('crossOrigin', '1');
  if (query.preload) params.set('preload', encodeRecord(query.preload));
  if (query.fresh) params.set('fresh', '1');
  return params;
}

/** Throws with a message naming the parameter, so a mistyped URL is reported on the page rather than ignored. */
export function parseLaunchQuery(params: URLSearchParams): LaunchQuery {
  const faults: Faults = {};
  if (readFlag(params, 'noApi')) faults.noApi = true;
  const apiDelayMs = readCount(params, 'apiDelayMs');
  if (apiDelayMs !== undefined) faults.apiDelayMs = apiDelayMs;
  const initialize = readFailureMode(params, 'initialize');
  if (initialize) faults.initialize = initialize;
  const commit = readFailureMode(params, 'commit');
  if (commit) faults.commit = commit;
  const commitFailures = readCount(params, 'commitFailures');
  if (commitFailures !== undefined) faults.commitFailures = commitFailures;
  if (readFlag(params, 'crossOrigin')) faults.crossOrigin = true;
  const preload = params.get('preload');
  return {
    faults,
    preload: preload === null ? null : decodeRecord(preload),
    fresh: readFlag(params, 'fresh'),
  };
}

export function encodeRecord(record: CmiRecord): string {
  const bytes = new TextEncoder().encode(JSON.stringify(record));
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeRecord(encoded: string): CmiRecord {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  let parsed: unknown;
  try {
    const binary = atob(base64);
    parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
  } catch {
    throw new Error('preload must be base64url-encoded JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('preload must encode a JSON object of CMI element → value');
  }
  const record: CmiRecord = {};
  for (const [element, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw new Error(`preload: the value of ${element} must be a string`);
    record[element] = value;
  }
  return record;
}

function readFlag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  if (value === null || value === '0' || value === 'false') return false;
  if (value === '' || value === '1' || value === 'true') return true;
  throw new Error(`${name} must be 1 or 0, not "${value}"`);
}

function readCount(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, not "${value}"`);
  return Number(value);
}

function readFailureMode(params: URLSearchParams, name: string): FailureMode | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (value === 'false' || value === 'throw') return value;
  throw new Error(`${name} must be "false" or "throw", not "${value}"`);
}
