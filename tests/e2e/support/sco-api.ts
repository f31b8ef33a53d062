// Calling the LMS's API from inside the course frame, the way a SCO does, for tests of the harness itself.
import type { Frame } from 'playwright-core';
import { API_WINDOW_PROPERTY } from '../../../preview/shared/api-methods';
import type { ScormVersion } from '../../../preview/shared/lms-types';

/** What the API function returned, with its JavaScript type, or the message it threw. */
export interface ApiOutcome {
  type: string;
  value: string;
  threw?: string;
}

export async function callApiFromSco(sco: Frame, version: ScormVersion, method: string, args: string[]): Promise<string> {
  const outcome = await apiOutcome(sco, version, method, args);
  if (outcome.threw !== undefined) throw new Error(`${method} threw: ${outcome.threw}`);
  return outcome.value;
}

export function apiOutcome(sco: Frame, version: ScormVersion, method: string, args: string[]): Promise<ApiOutcome> {
  return sco.evaluate(
    ({ property, method, args }) => {
      const api: unknown = Reflect.get(window.parent, property);
      const fn: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, method) : undefined;
      if (typeof fn !== 'function') throw new Error(`No ${property}.${method}`);
      try {
        const value: unknown = Reflect.apply(fn, api, args);
        return { type: value === null ? 'null' : typeof value, value: String(value) };
      } catch (error) {
        return { type: 'error', value: '', threw: error instanceof Error ? error.message : String(error) };
      }
    },
    { property: API_WINDOW_PROPERTY[version], method, args },
  );
}
