// The eight run-time API functions a SCO can call, by role, and what each version names them.
// The harness wraps them by role; the test audit uses the same table to recognise Initialize and Terminate.
import type { ScormVersion } from './lms-types';

export type ApiRole = 'initialize' | 'terminate' | 'getValue' | 'setValue' | 'commit' | 'getLastError' | 'getErrorString' | 'getDiagnostic';

export const API_ROLES: readonly ApiRole[] = [
  'initialize',
  'terminate',
  'getValue',
  'setValue',
  'commit',
  'getLastError',
  'getErrorString',
  'getDiagnostic',
];

export const API_METHOD_NAMES: Record<ScormVersion, Record<ApiRole, string>> = {
  '12': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
    getDiagnostic: 'LMSGetDiagnostic',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
    getDiagnostic: 'GetDiagnostic',
  },
};

/** The window property the ADL discovery walk looks for. */
export const API_WINDOW_PROPERTY: Record<ScormVersion, string> = {
  '12': 'API',
  '2004': 'API_1484_11',
};

export function roleOf(version: ScormVersion, method: string): ApiRole | undefined {
  const names = API_METHOD_NAMES[version];
  return API_ROLES.find((role) => names[role] === method);
}
