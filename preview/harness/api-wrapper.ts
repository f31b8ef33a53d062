// The object the SCO finds on window.API / window.API_1484_11: a layer over scorm-again that applies the
// strict LMS's rules (strict-gate.ts), logs every call, injects the faults asked for in the URL, and
// saves the record after each successful Commit and Terminate.
import { API_METHOD_NAMES, API_ROLES, type ApiRole } from '../shared/api-methods';
import type { Faults, FailureMode, GetValueFault } from '../shared/launch-query';
import type { ApiCall, ScormVersion } from '../shared/lms-types';
import type { SetValueGate } from '../shared/strict-gate';
import type { ScormRuntime } from './scorm-runtime';

export interface WrapperHooks {
  onCall(call: ApiCall): void;
  onSave(savedBy: 'commit' | 'terminate'): void;
}

export interface ApiWrapper {
  /** The SCO-facing functions, keyed by their SCORM names. */
  api: Record<string, (...args: unknown[]) => unknown>;
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
  gate: SetValueGate,
  hooks: WrapperHooks,
): ApiWrapper {
  let terminateCount = 0;
  let commitFailuresLeft = faults.commitFailures ?? Number.POSITIVE_INFINITY;
  // Why the strict layer refused the last call, for GetDiagnostic; scorm-again knows nothing of it.
  let lastRefusalReason: string | null = null;
  const diesAt = faults.apiDiesAfterMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + faults.apiDiesAfterMs;

  function injectedFault(role: ApiRole): FailureMode | undefined {
    if (role === 'initialize') return faults.initialize;
    if (role !== 'commit') return undefined;
    const mode = faults.commit ?? (faults.commitFailures !== undefined ? 'false' : undefined);
    if (mode === undefined || commitFailuresLeft <= 0) return undefined;
    commitFailuresLeft -= 1;
    return mode;
  }

  function fail(method: string, args: unknown[], message: string): never {
    hooks.onCall({ method, args, result: '', errorCode: runtime.lastErrorCode(), threw: message, time: Date.now() });
    throw new Error(message);
  }

  function call(role: ApiRole, args: unknown[]): unknown {
    const method = API_METHOD_NAMES[version][role];
    if (Date.now() >= diesAt) fail(method, args, `Injected fault: the LMS window has gone (apiDiesAfterMs=${faults.apiDiesAfterMs})`);
    // Every call but the error queries sets the error code. scorm-again's GetValue can leave the
    // previous call's code in place, which a real LMS would not; clearing it first fixes that.
    if (!ERROR_QUERIES.has(role)) {
      runtime.setErrorCode('0');
      lastRefusalReason = null;
    }
    if (role === 'getDiagnostic' && lastRefusalReason !== null) {
      hooks.onCall({ method, args, result: lastRefusalReason, errorCode: runtime.lastErrorCode(), time: Date.now() });
      return lastRefusalReason;
    }
    if (role === 'terminate') terminateCount += 1;

    const fault = injectedFault(role);
    if (fault !== undefined && (role === 'initialize' || role === 'commit')) {
      runtime.setErrorCode(INJECTED_ERROR[version][role]);
      if (fault === 'throw') fail(method, args, `Injected fault: ${method} threw`);
      hooks.onCall({ method, args, result: 'false', errorCode: runtime.lastErrorCode(), time: Date.now() });
      return 'false';
    }

    const refusal = gate.check(role, args);
    if (refusal) {
      runtime.setErrorCode(refusal.code);
      lastRefusalReason = refusal.reason;
      const result = role === 'getValue' ? '' : 'false';
      hooks.onCall({ method, args, result, errorCode: refusal.code, refused: `${refusal.by}: ${refusal.reason}`, time: Date.now() });
      return result;
    }

    if (role === 'commit' && faults.commitDelayMs) blockFor(faults.commitDelayMs);
    const result = runtime.invoke(role, args);
    gate.observe(role, result);
    const errorCode = runtime.lastErrorCode();
    if (result === 'true' && role === 'commit') hooks.onSave('commit');
    if (result === 'true' && role === 'terminate') hooks.onSave('terminate');
    const getValueFault = role === 'getValue' ? faults.getValueFault?.find((entry) => entry.element === args[0]) : undefined;
    if (getValueFault) return misbehave(method, args, result, getValueFault);
    hooks.onCall({ method, args, result, errorCode, time: Date.now() });
    return result;
  }

  // GetValue ran (so the error state is the real one); the SCO gets something other than its string.
  function misbehave(method: string, args: unknown[], value: string, fault: GetValueFault): unknown {
    const injected = `getValueFault=${fault.element}~${fault.mode}`;
    if (fault.mode === 'throw') fail(method, args, `Injected fault: ${injected}`);
    const returned = fault.mode === 'null' ? null : fault.mode === 'undefined' ? undefined : Number(value);
    hooks.onCall({ method, args, result: String(returned), errorCode: runtime.lastErrorCode(), injected, time: Date.now() });
    return returned;
  }

  const api: Record<string, (...args: unknown[]) => unknown> = {};
  for (const role of API_ROLES) {
    api[API_METHOD_NAMES[version][role]] = (...args: unknown[]) => call(role, args);
  }
  return { api, terminateCount: () => terminateCount };
}

// An LMS whose Commit is a synchronous request to a slow server: nothing else on the page runs meanwhile.
function blockFor(milliseconds: number): void {
  const until = Date.now() + milliseconds;
  while (Date.now() < until) {
    // Busy on purpose.
  }
}
