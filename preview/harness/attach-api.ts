// Puts the API where the ADL discovery walk looks for it, now, later, or never, as the faults ask.
import { API_WINDOW_PROPERTY } from '../shared/api-methods';
import type { Faults } from '../shared/launch-query';
import type { ScormVersion } from '../shared/lms-types';

/** Returns a sentence for the status line saying what was done. */
export function attachApi(version: ScormVersion, api: object, faults: Faults): string {
  const property = API_WINDOW_PROPERTY[version];
  if (faults.noApi) return `No API: window.${property} is left undefined (noApi).`;
  const attach = () => Reflect.set(window, property, api);
  if (faults.apiDelayMs !== undefined && faults.apiDelayMs > 0) {
    setTimeout(attach, faults.apiDelayMs);
    return `window.${property} will appear after ${faults.apiDelayMs} ms (apiDelayMs).`;
  }
  attach();
  return `API on window.${property}.`;
}
