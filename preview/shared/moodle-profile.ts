// How Moodle 5 (mod/scorm: locallib.php scorm_check_mode, datamodels/scorm_12lib.php and scorm_13lib.php
// get_scorm_default, scorm_12.js StoreData, grade computation) treats one learner's record across
// launches, as pure functions the harness applies with lmsProfile=moodle:
// - an attempt whose status is final opens in review mode (no-credit), unless the learner starts a new attempt;
// - SCORM 2004 hands the SCO its stored values only after exit "suspend": after "normal" (or none) the SCO
//   starts from nothing with entry ab-initio, while Moodle still holds, and keeps updating, the old record;
// - Moodle stores only the elements that changed in the session, over what the attempt already holds;
// - SCORM 1.2's LMSFinish derives lesson_status from mastery_score in normal, credit mode;
// - the gradebook shows the highest score.raw of any attempt ("Highest grade", "Highest attempt").
import { CMI_NAMES } from './cmi-names';
import type { Credit, LessonMode } from './launch-query';
import type { CmiRecord, ScormVersion } from './lms-types';

export interface MoodleLaunch {
  /** The stored values Moodle hands the SCO (all of them, or none). */
  values: CmiRecord;
  entry: string;
  mode: LessonMode;
  credit: Credit;
  /** The stored attempt is complete and the learner asked for a new one: it is archived and the new one starts empty. */
  startsNewAttempt: boolean;
}

const FINAL_12 = new Set(['completed', 'passed', 'failed']);

/** Moodle's test for an attempt it will only show for review: 1.2 lesson_status final, 2004 completion_status completed. */
export function isAttemptComplete(version: ScormVersion, cmi: CmiRecord): boolean {
  return version === '12' ? FINAL_12.has(cmi['cmi.core.lesson_status'] ?? '') : cmi['cmi.completion_status'] === 'completed';
}

export function moodleLaunch(version: ScormVersion, stored: CmiRecord | null, newAttemptRequested: boolean): MoodleLaunch {
  const fresh = { values: {}, entry: 'ab-initio', mode: 'normal', credit: 'credit' } as const;
  if (stored === null) return { ...fresh, startsNewAttempt: false };
  const complete = isAttemptComplete(version, stored);
  if (complete && newAttemptRequested) return { ...fresh, startsNewAttempt: true };
  const review = { mode: complete ? 'review' : 'normal', credit: complete ? 'no-credit' : 'credit', startsNewAttempt: false } as const;
  const suspended = stored[CMI_NAMES[version].exit] === 'suspend';
  if (version === '2004') {
    return suspended ? { ...review, values: stored, entry: 'resume' } : { ...review, values: {}, entry: 'ab-initio' };
  }
  const status = stored['cmi.core.lesson_status'] ?? '';
  const entry = status === '' || status === 'not attempted' ? 'ab-initio' : suspended ? 'resume' : '';
  return { ...review, values: stored, entry };
}

/** What Moodle holds after a save: the attempt's record, with every element the session changed written over it. */
export function moodleStoredRecord(attempt: CmiRecord, atLaunch: CmiRecord, live: CmiRecord): CmiRecord {
  const stored = { ...attempt };
  for (const [element, value] of Object.entries(live)) {
    if (atLaunch[element] !== value) stored[element] = value;
  }
  return stored;
}

/** SCORM 1.2 LMSFinish in Moodle, on the session's values: "not attempted" becomes completed; in normal credit mode, mastery_score decides. */
export function moodleFinish12(cmi: CmiRecord): CmiRecord {
  const finished = { ...cmi };
  if (finished['cmi.core.lesson_status'] === 'not attempted') finished['cmi.core.lesson_status'] = 'completed';
  const mastery = finished['cmi.student_data.mastery_score'] ?? '';
  const raw = finished['cmi.core.score.raw'] ?? '';
  if (finished['cmi.core.lesson_mode'] === 'normal' && finished['cmi.core.credit'] === 'credit' && mastery !== '' && raw !== '') {
    finished['cmi.core.lesson_status'] = Number(raw) >= Number(mastery) ? 'passed' : 'failed';
  }
  return finished;
}

/** The gradebook's grade: the highest score.raw over all attempts; null when no attempt has a score. */
export function moodleGrade(version: ScormVersion, attempts: readonly CmiRecord[]): number | null {
  const scoreElement = version === '12' ? 'cmi.core.score.raw' : 'cmi.score.raw';
  const scores = attempts
    .map((attempt) => attempt[scoreElement] ?? '')
    .filter((raw) => raw !== '')
    .map(Number);
  return scores.length === 0 ? null : Math.max(0, ...scores);
}
