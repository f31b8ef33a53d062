// What the LMS hands a new session: the stored record (all of it, or what the Moodle profile gives) minus
// what belongs to one session only, plus cmi.entry, mode and credit, then the launch query's overrides.
import { CMI_NAMES } from '../shared/cmi-names';
import { PASS_MARK_ELEMENT } from '../shared/manifest-pass-mark';
import type { LmsOptions } from '../shared/launch-query';
import type { CmiRecord, ScormVersion, StoredRecord } from '../shared/lms-types';
import { moodleLaunch } from '../shared/moodle-profile';

export interface Launch {
  /** The starting values of the data model. */
  values: CmiRecord;
  /** With lmsProfile=moodle, the learner starts a new attempt: the stored one must be archived first. */
  startsNewAttempt: boolean;
}

// Who the preview's learner is: what an LMS sets before launch.
function learner(version: ScormVersion): CmiRecord {
  const names = CMI_NAMES[version];
  return {
    [names.learnerId]: 'preview-learner',
    // SCORM 1.2 asks for "Last, First".
    [names.learnerName]: version === '12' ? 'Learner, Preview' : 'Preview Learner',
  };
}

/** passMark: the manifest's, set as an LMS sets it before every launch (see manifest-pass-mark.ts). */
export function launchValues(
  version: ScormVersion,
  stored: StoredRecord | null,
  lms: LmsOptions,
  newAttemptRequested: boolean,
  passMark: string | null = null,
): Launch {
  const names = CMI_NAMES[version];
  const moodle = lms.lmsProfile === 'moodle' ? moodleLaunch(version, stored?.cmi ?? null, newAttemptRequested) : null;
  // A stored (or preloaded) pass mark wins over the manifest's: an administrator may have changed it since upload.
  const manifest: CmiRecord = passMark === null ? {} : { [PASS_MARK_ELEMENT[version]]: passMark };
  const values: CmiRecord = { ...learner(version), ...manifest, ...(moodle ? moodle.values : stored?.cmi) };
  // exit and session_time describe the session that ended; the new one starts without them.
  delete values[names.exit];
  delete values[names.sessionTime];
  values[names.entry] = moodle ? moodle.entry : entryFor(stored, names.exit);
  values[names.mode] = lms.mode ?? moodle?.mode ?? 'normal';
  values[names.credit] = lms.credit ?? moodle?.credit ?? 'credit';
  if (lms.entry) values[names.entry] = lms.entry === 'empty' ? '' : lms.entry;
  if (version === '12' && lms.masteryScore !== undefined) values['cmi.student_data.mastery_score'] = String(lms.masteryScore);
  if (version === '2004' && lms.scaledPassingScore !== undefined) values['cmi.scaled_passing_score'] = String(lms.scaledPassingScore);
  return { values, startsNewAttempt: moodle?.startsNewAttempt ?? false };
}

// "resume" only after a suspended exit; "ab-initio" when there is nothing to return to. Any other
// return gets "" (allowed by SCORM 1.2, and what SCORM 2004 gives after a "normal"/"logout" exit).
function entryFor(stored: StoredRecord | null, exitElement: string): string {
  if (stored === null) return 'ab-initio';
  return stored.cmi[exitElement] === 'suspend' ? 'resume' : '';
}
