// The learner's record in localStorage, one per version. Written synchronously on every successful
// Commit and Terminate, so a tab that is closed or killed afterwards loses nothing it committed.
import type { CmiRecord, ScormVersion, StoredRecord } from '../shared/lms-types';

function storageKey(version: ScormVersion): string {
  return `lms-preview:scorm${version}:record`;
}

export function readStoredRecord(version: ScormVersion): StoredRecord | null {
  const text = localStorage.getItem(storageKey(version));
  if (text === null) return null;
  return parseStoredRecord(text);
}

export function writeStoredRecord(version: ScormVersion, record: StoredRecord): void {
  localStorage.setItem(storageKey(version), JSON.stringify(record));
}

export function clearStoredRecord(version: ScormVersion): void {
  localStorage.removeItem(storageKey(version));
}

// A record from an older harness or edited by hand is dropped rather than trusted.
function parseStoredRecord(text: string): StoredRecord | null {
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
  const values: CmiRecord = {};
  for (const [element, value] of Object.entries(cmi)) {
    if (typeof value === 'string') values[element] = value;
  }
  return { cmi: values, savedBy };
}
