// The scorm-again API for one version, seen through the few operations the harness needs.
// The SCO never touches this object directly: it talks to the wrapper in api-wrapper.ts.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { API_METHOD_NAMES, type ApiRole } from '../shared/api-methods';
import type { CmiRecord, ScormVersion } from '../shared/lms-types';
import { scormAgainView } from '../shared/scorm-again-view';
import type { DataModelView } from '../shared/strict-rules';

export interface ScormRuntime {
  invoke(role: ApiRole, args: unknown[]): string;
  lastErrorCode(): string;
  setErrorCode(code: string): void;
  /** The whole data model, flattened, as it would be stored now (total_time includes this session). */
  snapshot(): CmiRecord;
  /** Elements of the starting values that the data model refused, e.g. a garbage status in a preload. */
  rejected: string[];
  /** Current values, read without changing the SCO's error state (for the strict rules). */
  view: DataModelView;
}

type ScormAgainApi = Scorm12API | Scorm2004API;

export function createScormRuntime(version: ScormVersion, startingValues: CmiRecord): ScormRuntime {
  const api = createScormAgainApi(version);
  const rejected = loadStartingValues(api, startingValues);
  // A refused value leaves its error code behind; the SCO's first call must not see it.
  api.lastErrorCode = '0';
  const names = API_METHOD_NAMES[version];
  function invoke(role: ApiRole, args: unknown[]): string {
    const fn: unknown = Reflect.get(api, names[role]);
    if (typeof fn !== 'function') throw new Error(`scorm-again has no ${names[role]}`);
    const result: unknown = Reflect.apply(fn, api, args);
    return String(result);
  }
  return {
    invoke,
    // GetLastError has no side effects on the error state, so asking it is safe after any call.
    lastErrorCode: () => invoke('getLastError', []),
    setErrorCode(code) {
      api.lastErrorCode = code;
    },
    snapshot: () => flattenedStrings(api.renderCommitCMI(false, true)),
    rejected,
    view: scormAgainView(api, version),
  };
}

function createScormAgainApi(version: ScormVersion): ScormAgainApi {
  const settings = {
    // The harness stores the record itself on Commit and Terminate; scorm-again must not send anything.
    lmsCommitUrl: false,
    autocommit: false,
    dataCommitFormat: 'flattened',
    logLevel: 'ERROR',
  } as const;
  // Passing any settings object to Scorm12API turns mastery_override on, which would let the LMS
  // replace the lesson_status the SCO set. The harness must report what the SCO did.
  return version === '12' ? new Scorm12API({ ...settings, mastery_override: false }) : new Scorm2004API(settings);
}

// Loaded one element at a time so that one bad value (say, from a garbage preload) is refused alone.
function loadStartingValues(api: ScormAgainApi, values: CmiRecord): string[] {
  const rejected: string[] = [];
  for (const [element, value] of Object.entries(values)) {
    api.lastErrorCode = '0';
    try {
      api.loadFromFlattenedJSON({ [element]: value });
    } catch {
      rejected.push(element);
      continue;
    }
    // Some refusals are reported through the error code instead of an exception.
    if (String(api.lastErrorCode) !== '0') rejected.push(element);
  }
  return rejected;
}

// The flattened render keeps empty collections as {} values; a record holds only element values.
function flattenedStrings(rendered: unknown): CmiRecord {
  const record: CmiRecord = {};
  if (typeof rendered !== 'object' || rendered === null || Array.isArray(rendered)) return record;
  for (const [element, value] of Object.entries(rendered)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      record[element] = String(value);
    }
  }
  return record;
}
