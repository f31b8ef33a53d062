// The object the SCO finds on window.API / window.API_1484_11: a thin layer over scorm-again that
// logs every call, injects the faults asked for in the URL, and saves the record after each
// successful Commit and Terminate.
import { API_METHOD_NAMES, API_ROLES, type ApiRole } from '../shared/api-methods';
import type { Faults, FailureMode } from '../shared/launch-query';
import type { ApiCall, ScormVersion } from '../shared/lms-types';
import type { ScormRuntime } from './scorm-runtime';

export interface WrapperHooks {
  onCall(call: ApiCall): void;
  onSave(savedBy: 'commit' | 'terminate'): void;
}

export interface ApiWrapper {
  /** The SCO-facing functions, keyed by their SCORM names. */
  api: Record<string, (...args: unknown[]) => string>;
  terminateCount(): number;
}

// The error each version defines for a failed Initialize and a failed Commit.
const INJECTED_ERROR: Record<ScormVersion, Record<'initialize' | 'commit', string>> = {
  '12': { initialize: '101', commit: '101' },
  '2004': { initialize: '102', commit: '391' },
};

// Calls that report on the previous call's error rather than set their own.
const ERROR_QUERIES: ReadonlySet<ApiRole> = new Set(['getLastError', 'getErrorString', 'getDiagnostic']);

export function createApiWrapper(
  version: ScormVersion,
  runtime: ScormRuntime,
  faults: Faults,
  hooks: WrapperHooks,
): ApiWrapper {
  let terminateCount = 0;
  let commitFailuresLeft = faults.commitFailures ?? Number.POSITIVE_INFINITY;

  function injectedFault(role: ApiRole): FailureMode | undefined {
    if (role === 'initialize') return faults.initialize;
    if (role !== 'commit') return undefined;
    const mode = faults.commit ?? (faults.commitFailures !== undefined ? 'false' : undefined);
    if (mode === undefined || commitFailuresLeft <= 0) return undefined;
    commitFailuresLeft -= 1;
    return mode;
  }

  function call(role: ApiRole, args: unknown[]): string {
    const method = API_METHOD_NAMES[version][role];
    // Every call but the error queries sets the error code. scorm-again's GetValue can leave the
    // previous call's code in place, which a real LMS would not; clearing it first fixes that.
    if (!ERROR_QUERIES.has(role)) runtime.setErrorCode('0');
    if (role === 'terminate') terminateCount += 1;

    const fault = injectedFault(role);
    if (fault !== undefined && (role === 'initialize' || role === 'commit')) {
      runtime.setErrorCode(INJECTED_ERROR[version][role]);
      if (fault === 'throw') {
        const message = `Injected fault: ${method} threw`;
        hooks.onCall({ method, args, result: '', errorCode: runtime.lastErrorCode(), threw: message, time: Date.now() });
        throw new Error(message);
      }
      hooks.onCall({ method, args, result: 'false', errorCode: runtime.lastErrorCode(), time: Date.now() });
      return 'false';
    }

    const result = runtime.invoke(role, args);
    const errorCode = runtime.lastErrorCode();
    if (result === 'true' && role === 'commit') hooks.onSave('commit');
    if (result === 'true' && role === 'terminate') hooks.onSave('terminate');
    hooks.onCall({ method, args, result, errorCode, time: Date.now() });
    return result;
  }

  const api: Record<string, (...args: unknown[]) => string> = {};
  for (const role of API_ROLES) {
    api[API_METHOD_NAMES[version][role]] = (...args: unknown[]) => call(role, args);
  }
  return { api, terminateCount: () => terminateCount };
}
