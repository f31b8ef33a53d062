// The pass mark a package's manifest gives, as the CMI value an LMS sets from it before launch: SCORM 1.2
// adlcp:masteryscore → cmi.student_data.mastery_score, SCORM 2004 imsss:minNormalizedMeasure (with
// satisfiedByMeasure) → cmi.scaled_passing_score. scorm-again reads no manifest, so the preview does this part.
import type { ScormVersion } from './lms-types';

/** Where a SCORM package's manifest is, at the root of its zip. */
export const MANIFEST_FILE = 'imsmanifest.xml';

export const PASS_MARK_ELEMENT: Record<ScormVersion, string> = {
  '12': 'cmi.student_data.mastery_score',
  '2004': 'cmi.scaled_passing_score',
};

export function manifestPassMark(version: ScormVersion, manifestXml: string): string | null {
  const pattern =
    version === '12'
      ? /<adlcp:masteryscore>\s*([\d.]+)\s*</
      : /satisfiedByMeasure="true"[^>]*>\s*<imsss:minNormalizedMeasure>\s*(-?[\d.]+)\s*</;
  return pattern.exec(manifestXml)?.[1] ?? null;
}
