// The learner's record in localStorage, one per version. Written synchronously on every successful
// Commit and Terminate, so a tab that is closed or killed afterwards loses nothing it committed.
import type { ScormVersion, StoredRecord } from '../shared/lms-types';
import { parseStoredRecord, recordStorageKey } from '../shared/stored-record';

export function readStoredRecord(version: ScormVersion): StoredRecord | null {
  const text = localStorage.getItem(recordStorageKey(version));
  return text === null ? null : parseStoredRecord(text);
}

export function writeStoredRecord(version: ScormVersion, record: StoredRecord): void {
  localStorage.setItem(recordStorageKey(version), JSON.stringify(record));
}

export function clearStoredRecord(version: ScormVersion): void {
  localStorage.removeItem(recordStorageKey(version));
}
