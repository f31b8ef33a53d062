// scorm-again as the LMS in unit tests, with every API call and its error code recorded, so tests can assert
// a clean run (no error, nothing out of order) the way an LMS administrator would see it.
import { Scorm12API, Scorm2004API } from 'scorm-again';

export interface CallRecord {
  method: string;
  args: string[];
  result: string;
  error: string;
}

const quiet = { autocommit: false, lmsCommitUrl: false, logLevel: 5, mastery_override: false } as const;

function record<T extends object>(api: T, errorMethod: string, calls: CallRecord[]): T {
  const target = api as unknown as Record<string, (...args: string[]) => unknown>;
  return new Proxy(api, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof property !== 'string' || typeof value !== 'function' || !/^(LMS[A-Z]|Initialize|Terminate|GetValue|SetValue|Commit)/.test(property)) {
        return value;
      }
      return (...args: string[]) => {
        const result = String((value as (...a: string[]) => unknown).apply(object, args));
        const error = String(target[errorMethod]!.call(object));
        calls.push({ method: property, args, result, error });
        return result;
      };
    },
  });
}

// An LMS sets the pass mark from the package's manifest before launch (1.2 adlcp:masteryscore, 2004
// imsss:minNormalizedMeasure); scorm-again reads no manifest, so it is set here as the course's manifests say.
const MANIFEST_PASS_MARK = 80;

export function scorm12Lms(settings: Record<string, unknown> = {}) {
  const lms = new Scorm12API({ ...quiet, ...settings });
  lms.cmi.student_data.mastery_score = String(MANIFEST_PASS_MARK);
  const calls: CallRecord[] = [];
  return { lms, api: record(lms, 'LMSGetLastError', calls), calls };
}

export function scorm2004Lms(settings: Record<string, unknown> = {}) {
  const lms = new Scorm2004API({ ...quiet, ...settings });
  lms.cmi.scaled_passing_score = String(MANIFEST_PASS_MARK / 100);
  const calls: CallRecord[] = [];
  return { lms, api: record(lms, 'GetLastError', calls), calls };
}

export function errorsIn(calls: CallRecord[]): CallRecord[] {
  return calls.filter((call) => call.error !== '0' && call.error !== '');
}

/** The LMS's record as plain data; reading it this way also shows write-only elements such as exit. */
export function cmiRecord(lms: { cmi: object }): Record<string, any> {
  return JSON.parse(JSON.stringify(lms.cmi)) as Record<string, any>;
}
