// tincan.xml, the descriptor at the root of an xAPI ("Tin Can") package as Rustici's LMSs and those following
// them (SCORM Cloud, Cornerstone, SuccessFactors, Docebo) read it: one course activity and its launch file. The
// LMS launches that file with endpoint, auth, actor, registration and activity_id in the query string.
import { assertPackageFiles, fileHref } from './package-files';
import { auIri, type LrsPackageInput } from './lrs-package-input';
import { escapeXml } from './xml';

export const TINCAN_NAMESPACE = 'http://projecttincan.com/tincan.xsd';
export const COURSE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/course';

/** The activity the LMS passes as activity_id is the same IRI cmi5 gives the AU, so both packages report alike. */
export function tincanXml(input: LrsPackageInput): string {
  assertPackageFiles([input.launch], input.launch);
  const language = escapeXml(input.language);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tincan xmlns="${TINCAN_NAMESPACE}">`,
    '  <activities>',
    `    <activity id="${escapeXml(auIri(input))}" type="${COURSE_ACTIVITY_TYPE}">`,
    `      <name lang="${language}">${escapeXml(input.title)}</name>`,
    `      <description lang="${language}">${escapeXml(input.description)}</description>`,
    `      <launch lang="${language}">${escapeXml(fileHref(input.launch))}</launch>`,
    '    </activity>',
    '  </activities>',
    '</tincan>',
    '',
  ].join('\n');
}
