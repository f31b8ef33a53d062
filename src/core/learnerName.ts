// LMSs give the learner's name as "Last, First" (SCORM's convention for student_name / learner_name);
// a certificate says "First Last".
export function displayName(lmsName: string): string {
  const name = lmsName.trim().replace(/\s+/g, ' ');
  const comma = name.indexOf(',');
  if (comma === -1) return name;
  const last = name.slice(0, comma).trim();
  const first = name.slice(comma + 1).trim();
  return [first, last].filter(Boolean).join(' ');
}
