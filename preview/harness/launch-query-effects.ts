// Applies the one-shot parts of the launch query (fresh, preload) to the stored record, then drops
// them from the address bar so that Relaunch, which reloads the page, does not apply them again.
import { ONE_SHOT_PARAMS, type LaunchQuery } from '../shared/launch-query';
import type { ScormVersion } from '../shared/lms-types';
import { clearStoredRecord, writeStoredRecord } from './record-store';

export function applyOneShotParams(version: ScormVersion, query: LaunchQuery): void {
  if (query.fresh) clearStoredRecord(version);
  if (query.preload) writeStoredRecord(version, { cmi: query.preload, savedBy: 'preload' });
  const url = new URL(location.href);
  for (const name of ONE_SHOT_PARAMS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}
