// What the LMS hands a new session: the stored record minus what belongs to one session only,
// plus cmi.entry worked out from how the previous session ended.
import { CMI_NAMES } from '../shared/cmi-names';
import { PASS_MARK_ELEMENT } from '../shared/manifest-pass-mark';
import type { CmiRecord, ScormVersion, StoredRecord } from '../shared/lms-types';

// Who the preview's learner is, and that the attempt counts: what an LMS sets before launch.
function learner(version: ScormVersion): CmiRecord {
  const names = CMI_NAMES[version];
  return {
    [names.learnerId]: 'preview-learner',
    // SCORM 1.2 asks for "Last, First".
    [names.learnerName]: version === '12' ? 'Learner, Preview' : 'Preview Learner',
    [names.credit]: 'credit',
    [names.mode]: 'normal',
  };
}

/** passMark: the manifest's, set as an LMS sets it before every launch (see manifest-pass-mark.ts). */
export function launchValues(version: ScormVersion, stored: StoredRecord | null, passMark: string | null = null): CmiRecord {
  const names = CMI_NAMES[version];
  // A stored (or preloaded) pass mark wins: an administrator may have changed it since the package was uploaded.
  const manifest: CmiRecord = passMark === null ? {} : { [PASS_MARK_ELEMENT[version]]: passMark };
  const values: CmiRecord = { ...learner(version), ...manifest, ...stored?.cmi };
  // exit and session_time describe the session that ended; the new one starts without them.
  delete values[names.exit];
  delete values[names.sessionTime];
  values[names.entry] = entryFor(stored, names.exit);
  return values;
}

// "resume" only after a suspended exit; "ab-initio" when there is nothing to return to. Any other
// return gets "" (allowed by SCORM 1.2, and what SCORM 2004 gives after a "normal"/"logout" exit).
function entryFor(stored: StoredRecord | null, exitElement: string): string {
  if (stored === null) return 'ab-initio';
  return stored.cmi[exitElement] === 'suspend' ? 'resume' : '';
}
