// How the harness keeps a learner record in localStorage. Shared so that tests can read the stored
// record from any page of the preview's origin without launching the course.
import type { CmiRecord, ScormVersion, StoredRecord } from './lms-types';

export function recordStorageKey(version: ScormVersion): string {
  return `lms-preview:scorm${version}:record`;
}

/** With lmsProfile=moodle: the records of the attempts before the current one, oldest first. */
export function earlierAttemptsStorageKey(version: ScormVersion): string {
  return `lms-preview:scorm${version}:earlier-attempts`;
}

export function parseEarlierAttempts(text: string): CmiRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.map(stringValues) : [];
}

// A record from an older harness or edited by hand is dropped rather than trusted.
export function parseStoredRecord(text: string): StoredRecord | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const savedBy: unknown = Reflect.get(parsed, 'savedBy');
  const cmi: unknown = Reflect.get(parsed, 'cmi');
  if (savedBy !== 'commit' && savedBy !== 'terminate' && savedBy !== 'preload') return null;
  if (typeof cmi !== 'object' || cmi === null) return null;
  return { cmi: stringValues(cmi), savedBy };
}

function stringValues(object: unknown): CmiRecord {
  const values: CmiRecord = {};
  if (typeof object !== 'object' || object === null) return values;
  for (const [element, value] of Object.entries(object)) {
    if (typeof value === 'string') values[element] = value;
  }
  return values;
}
