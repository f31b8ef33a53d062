// scorm-again as the LMS in unit tests, with every API call and its error code recorded, so tests can assert
// a clean run (no error, nothing out of order) the way an LMS administrator would see it. Strict by default:
// the same gate as the preview (preview/shared/strict-gate.ts) refuses what Moodle 5 and the specs refuse.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { roleOf } from '../../preview/shared/api-methods';
import type { ScormVersion } from '../../preview/shared/lms-types';
import { scormAgainView } from '../../preview/shared/scorm-again-view';
import { DEFAULT_POLICY, createSetValueGate, type GatePolicy } from '../../preview/shared/strict-gate';

export interface CallRecord {
  method: string;
  args: string[];
  result: string;
  error: string;
  /** Why the strict layer refused the call, when it did. */
  refused?: string;
}

const quiet = { autocommit: false, lmsCommitUrl: false, logLevel: 5, mastery_override: false } as const;

function record<T extends object>(api: T, version: ScormVersion, policy: GatePolicy, calls: CallRecord[]): T {
  const gate = createSetValueGate(version, policy, scormAgainView(api, version));
  const errorMethod = version === '12' ? 'LMSGetLastError' : 'GetLastError';
  const target = api as unknown as Record<string, (...args: string[]) => unknown>;
  return new Proxy(api, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      const role = typeof property === 'string' ? roleOf(version, property) : undefined;
      if (
        typeof value !== 'function' ||
        role === undefined ||
        !/^(LMS[A-Z]|Initialize|Terminate|GetValue|SetValue|Commit)/.test(String(property))
      ) {
        return value;
      }
      return (...args: string[]) => {
        const refusal = gate.check(role, args);
        if (refusal) {
          Reflect.set(object, 'lastErrorCode', refusal.code);
          const result = role === 'getValue' ? '' : 'false';
          calls.push({ method: String(property), args, result, error: refusal.code, refused: `${refusal.by}: ${refusal.reason}` });
          return result;
        }
        const result = String((value as (...a: string[]) => unknown).apply(object, args));
        gate.observe(role, result);
        const error = String(target[errorMethod]!.call(object));
        calls.push({ method: String(property), args, result, error });
        return result;
      };
    },
  });
}

// An LMS sets the pass mark from the package's manifest before launch (1.2 adlcp:masteryscore, 2004
// imsss:minNormalizedMeasure); scorm-again reads no manifest, so it is set here as the course's manifests say.
const MANIFEST_PASS_MARK = 80;

/** `policy` defaults to the strict LMS; `{ strict: false }` is plain scorm-again. */
export function scorm12Lms(settings: Record<string, unknown> = {}, policy: Partial<GatePolicy> = {}) {
  const lms = new Scorm12API({ ...quiet, ...settings });
  lms.cmi.student_data.mastery_score = String(MANIFEST_PASS_MARK);
  const calls: CallRecord[] = [];
  return { lms, api: record(lms, '12', { ...DEFAULT_POLICY, ...policy }, calls), calls };
}

export function scorm2004Lms(settings: Record<string, unknown> = {}, policy: Partial<GatePolicy> = {}) {
  const lms = new Scorm2004API({ ...quiet, ...settings });
  lms.cmi.scaled_passing_score = String(MANIFEST_PASS_MARK / 100);
  const calls: CallRecord[] = [];
  return { lms, api: record(lms, '2004', { ...DEFAULT_POLICY, ...policy }, calls), calls };
}

export function errorsIn(calls: CallRecord[]): CallRecord[] {
  return calls.filter((call) => call.error !== '0' && call.error !== '');
}

/** The LMS's record as plain data; reading it this way also shows write-only elements such as exit. */
export function cmiRecord(lms: { cmi: object }): Record<string, any> {
  return JSON.parse(JSON.stringify(lms.cmi)) as Record<string, any>;
}
