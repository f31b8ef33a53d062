// What the server tells the harness page about where things are, embedded in the page as JSON.
import type { ScormVersion } from './lms-types';

export interface HarnessConfig {
  version: ScormVersion;
  /** Where the SCO is launched from, relative to an origin: /packages/scorm12/index.html */
  launchPath: string;
  /** A second origin serving the same files, for the crossOrigin fault. */
  scoOrigin: string;
  /** The pass mark the package's manifest gives, as its CMI value (see manifest-pass-mark.ts); null for none. */
  passMark: string | null;
}

export const HARNESS_CONFIG_ELEMENT_ID = 'lms-preview-config';

export function parseHarnessConfig(text: string): HarnessConfig {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('harness config must be an object');
  const version: unknown = Reflect.get(parsed, 'version');
  const launchPath: unknown = Reflect.get(parsed, 'launchPath');
  const scoOrigin: unknown = Reflect.get(parsed, 'scoOrigin');
  if (version !== '12' && version !== '2004') throw new Error('harness config: bad version');
  if (typeof launchPath !== 'string' || typeof scoOrigin !== 'string') throw new Error('harness config: bad paths');
  const passMark: unknown = Reflect.get(parsed, 'passMark') ?? null;
  if (passMark !== null && typeof passMark !== 'string') throw new Error('harness config: bad pass mark');
  return { version, launchPath, scoOrigin, passMark };
}
