// The harness page's query string: how strict and which LMS it plays, fault injection for robustness
// tests, plus a starting record. Parsed by the harness in the browser and built by the tests in Node, so
// both agree on one spelling.
import type { CmiRecord } from './lms-types';

export type FailureMode = 'false' | 'throw';

/** What GetValue of one element does instead of answering: return null or undefined, throw, or return a number. */
export type GetValueFaultMode = 'null' | 'undefined' | 'throw' | 'number';
const GET_VALUE_FAULT_MODES: readonly GetValueFaultMode[] = ['null', 'undefined', 'throw', 'number'];

export interface GetValueFault {
  element: string;
  mode: GetValueFaultMode;
}

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
  /** SetValue of elements matching this regular expression returns "false" with an error (`refuseTimes` times, or always). */
  refuse?: string;
  refuseTimes?: number;
  /** Commit blocks synchronously for this many milliseconds before answering. */
  commitDelayMs?: number;
  /** GetValue of these elements misbehaves. */
  getValueFault?: readonly GetValueFault[];
  /** Every API call throws once this many milliseconds have passed since the page started (a closed LMS window). */
  apiDiesAfterMs?: number;
}

export type LmsProfile = 'moodle';
export type EntryOverride = 'resume' | 'ab-initio' | 'empty';
export type LessonMode = 'browse' | 'review' | 'normal';
export type Credit = 'credit' | 'no-credit';

/** Which LMS the harness plays. Strict (Moodle 5's rules and the specs' index rules) unless `lenient`. */
export interface LmsOptions {
  /** Plain scorm-again, without the strict layer. */
  lenient?: boolean;
  /** Moodle 5.0.6's behaviour across launches (attempts, review mode, gradebook). */
  lmsProfile?: LmsProfile;
  /** cmi.entry / cmi.core.entry says this ("empty" is ""), whatever the stored record would give. */
  entry?: EntryOverride;
  /** cmi.mode / cmi.core.lesson_mode. */
  mode?: LessonMode;
  /** cmi.credit / cmi.core.credit. */
  credit?: Credit;
  /** SCORM 1.2 cmi.student_data.mastery_score (0–100); ignored by the SCORM 2004 page. */
  masteryScore?: number;
  /** SCORM 2004 cmi.scaled_passing_score (-1–1); ignored by the SCORM 1.2 page. */
  scaledPassingScore?: number;
  /** Refuse interaction index N and above. */
  maxInteractions?: number;
}

export interface LaunchQuery {
  faults: Faults;
  lms: LmsOptions;
  /** Start from this record instead of the stored one (it replaces the stored one). */
  preload: CmiRecord | null;
  /** Forget the stored record before launching: a first launch for a new learner. */
  fresh: boolean;
  /** With lmsProfile=moodle: the learner ticked "Start a new attempt" (honoured only after a completed attempt, as Moodle does). */
  newAttempt: boolean;
}

/** Parameters applied once at page load and then dropped from the address, so Relaunch does not repeat them. */
export const ONE_SHOT_PARAMS = ['preload', 'fresh', 'newAttempt'] as const;

export function buildLaunchQuery(query: Partial<LaunchQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const faults = query.faults ?? {};
  if (faults.noApi) params.set('noApi', '1');
  if (faults.apiDelayMs !== undefined) params.set('apiDelayMs', String(faults.apiDelayMs));
  if (faults.initialize) params.set('initialize', faults.initialize);
  if (faults.commit) params.set('commit', faults.commit);
  if (faults.commitFailures !== undefined) params.set('commitFailures', String(faults.commitFailures));
  if (faults.crossOrigin) params.set('crossOrigin', '1');
  if (faults.refuse !== undefined) params.set('refuse', faults.refuse);
  if (faults.refuseTimes !== undefined) params.set('refuseTimes', String(faults.refuseTimes));
  if (faults.commitDelayMs !== undefined) params.set('commitDelayMs', String(faults.commitDelayMs));
  for (const fault of faults.getValueFault ?? []) params.append('getValueFault', `${fault.element}~${fault.mode}`);
  if (faults.apiDiesAfterMs !== undefined) params.set('apiDiesAfterMs', String(faults.apiDiesAfterMs));
  const lms = query.lms ?? {};
  if (lms.lenient) params.set('lenient', '1');
  if (lms.lmsProfile) params.set('lmsProfile', lms.lmsProfile);
  if (lms.entry) params.set('entry', lms.entry);
  if (lms.mode) params.set('mode', lms.mode);
  if (lms.credit) params.set('credit', lms.credit);
  if (lms.masteryScore !== undefined) params.set('masteryScore', String(lms.masteryScore));
  if (lms.scaledPassingScore !== undefined) params.set('scaledPassingScore', String(lms.scaledPassingScore));
  if (lms.maxInteractions !== undefined) params.set('maxInteractions', String(lms.maxInteractions));
  if (query.preload) params.set('preload', encodeRecord(query.preload));
  if (query.fresh) params.set('fresh', '1');
  if (query.newAttempt) params.set('newAttempt', '1');
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
  const refuse = params.get('refuse');
  if (refuse !== null) faults.refuse = readRegExp('refuse', refuse).source;
  const refuseTimes = readCount(params, 'refuseTimes');
  if (refuseTimes !== undefined) {
    if (refuse === null) throw new Error('refuseTimes needs refuse=<regexp> to say which elements to refuse');
    faults.refuseTimes = refuseTimes;
  }
  const commitDelayMs = readCount(params, 'commitDelayMs');
  if (commitDelayMs !== undefined) faults.commitDelayMs = commitDelayMs;
  const getValueFault = params.getAll('getValueFault').map(readGetValueFault);
  if (getValueFault.length > 0) faults.getValueFault = getValueFault;
  const apiDiesAfterMs = readCount(params, 'apiDiesAfterMs');
  if (apiDiesAfterMs !== undefined) faults.apiDiesAfterMs = apiDiesAfterMs;
  const preload = params.get('preload');
  return {
    faults,
    lms: parseLmsOptions(params),
    preload: preload === null ? null : decodeRecord(preload),
    fresh: readFlag(params, 'fresh'),
    newAttempt: readFlag(params, 'newAttempt'),
  };
}

function parseLmsOptions(params: URLSearchParams): LmsOptions {
  const lms: LmsOptions = {};
  if (readFlag(params, 'lenient')) lms.lenient = true;
  const profile = readChoice(params, 'lmsProfile', ['moodle'] as const);
  if (profile) lms.lmsProfile = profile;
  const entry = readChoice(params, 'entry', ['resume', 'ab-initio', 'empty'] as const);
  if (entry) lms.entry = entry;
  const mode = readChoice(params, 'mode', ['browse', 'review', 'normal'] as const);
  if (mode) lms.mode = mode;
  const credit = readChoice(params, 'credit', ['credit', 'no-credit'] as const);
  if (credit) lms.credit = credit;
  const masteryScore = readNumberIn(params, 'masteryScore', 0, 100);
  if (masteryScore !== undefined) lms.masteryScore = masteryScore;
  const scaledPassingScore = readNumberIn(params, 'scaledPassingScore', -1, 1);
  if (scaledPassingScore !== undefined) lms.scaledPassingScore = scaledPassingScore;
  const maxInteractions = readCount(params, 'maxInteractions');
  if (maxInteractions !== undefined) lms.maxInteractions = maxInteractions;
  return lms;
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

function readChoice<T extends string>(params: URLSearchParams, name: string, choices: readonly T[]): T | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  const choice = choices.find((candidate) => candidate === value);
  if (choice === undefined) throw new Error(`${name} must be ${choices.map((option) => `"${option}"`).join(' or ')}, not "${value}"`);
  return choice;
}

function readNumberIn(params: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  const number = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) throw new Error(`${name} must be a number from ${min} to ${max}, not "${value}"`);
  return number;
}

function readRegExp(name: string, source: string): RegExp {
  if (source === '') throw new Error(`${name} must be a regular expression, not empty`);
  try {
    return new RegExp(source);
  } catch (error) {
    throw new Error(`${name} must be a regular expression: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// "cmi.learner_name~null": the element, then what its GetValue does instead.
function readGetValueFault(value: string): GetValueFault {
  const separator = value.lastIndexOf('~');
  const element = value.slice(0, separator);
  const mode = GET_VALUE_FAULT_MODES.find((candidate) => candidate === value.slice(separator + 1));
  if (separator <= 0 || mode === undefined) {
    throw new Error(`getValueFault must be <element>~<${GET_VALUE_FAULT_MODES.join('|')}>, not "${value}"`);
  }
  return { element, mode };
}

function readFailureMode(params: URLSearchParams, name: string): FailureMode | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (value === 'false' || value === 'throw') return value;
  throw new Error(`${name} must be "false" or "throw", not "${value}"`);
}
