// The learner's record in localStorage, one per version. Written synchronously on every successful
// Commit and Terminate, so a tab that is closed or killed afterwards loses nothing it committed.
import type { CmiRecord, ScormVersion, StoredRecord } from '../shared/lms-types';
import { earlierAttemptsStorageKey, parseEarlierAttempts, parseStoredRecord, recordStorageKey } from '../shared/stored-record';

export function readStoredRecord(version: ScormVersion): StoredRecord | null {
  const text = localStorage.getItem(recordStorageKey(version));
  return text === null ? null : parseStoredRecord(text);
}

export function writeStoredRecord(version: ScormVersion, record: StoredRecord): void {
  localStorage.setItem(recordStorageKey(version), JSON.stringify(record));
}

/** Forgets the record and, with lmsProfile=moodle, every earlier attempt. */
export function clearStoredRecord(version: ScormVersion): void {
  localStorage.removeItem(recordStorageKey(version));
  localStorage.removeItem(earlierAttemptsStorageKey(version));
}

export function readEarlierAttempts(version: ScormVersion): CmiRecord[] {
  const text = localStorage.getItem(earlierAttemptsStorageKey(version));
  return text === null ? [] : parseEarlierAttempts(text);
}

/** Moodle's new attempt: the current record joins the earlier attempts and the current one starts empty. */
export function archiveCurrentAttempt(version: ScormVersion): void {
  const current = readStoredRecord(version);
  if (current === null) return;
  localStorage.setItem(earlierAttemptsStorageKey(version), JSON.stringify([...readEarlierAttempts(version), current.cmi]));
  localStorage.removeItem(recordStorageKey(version));
}
