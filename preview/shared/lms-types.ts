// Types shared by the preview server, the harness page that runs in the browser,
// and the end-to-end tests that drive it. Kept free of DOM and Node imports so all three can use them.

export type ScormVersion = '12' | '2004';

export const SCORM_VERSIONS: readonly ScormVersion[] = ['12', '2004'];

/** A SCORM package the preview serves: one per version, plus the 3rd edition of 2004 on the 2004 API. */
export type ScormPackage = ScormVersion | '2004-3rd';

export const SCORM_PACKAGES: readonly ScormPackage[] = ['12', '2004', '2004-3rd'];

export function apiVersionOf(pkg: ScormPackage): ScormVersion {
  return pkg === '2004-3rd' ? '2004' : pkg;
}

/** A learner record as the harness stores it: flattened CMI element names mapped to their values. */
export type CmiRecord = Record<string, string>;

/** What the harness keeps in localStorage for one version. */
export interface StoredRecord {
  cmi: CmiRecord;
  /** What last saved the record, so a test can tell a committed session from a terminated one. */
  savedBy: 'commit' | 'terminate' | 'preload';
}

/** One call the SCO made on the API, as the harness saw it. */
export interface ApiCall {
  method: string;
  args: unknown[];
  /** What the SCO got back; "" when the call threw. */
  result: string;
  /** The API's error code right after the call. */
  errorCode: string;
  /** Set when an injected fault made the call throw instead of returning. */
  threw?: string;
  /** Set when the LMS refused the call before scorm-again saw it: "strict: <why>", "maxInteractions: …", "refuse: …". */
  refused?: string;
  /** Set when a getValueFault made GetValue return something other than its string ("getValueFault=<element>~<mode>"). */
  injected?: string;
  /** Date.now() when the call returned. */
  time: number;
}

/** What the harness page exposes on `window.__lms` for tests. */
export interface LmsTestHandle {
  version: ScormVersion;
  calls: ApiCall[];
  record(): StoredRecord | null;
  /** The live value of one element (write-only ones too), read without touching the SCO's error state. */
  cmi(element: string): string;
  readonly terminateCount: number;
  /** With lmsProfile=moodle: the attempt number, and the gradebook's grade (null before any score). */
  moodle?: { attempt: number; grade: number | null };
}

declare global {
  interface Window {
    __lms?: LmsTestHandle;
  }
}
