// LMSs give the learner's name as "Last, First" (SCORM's convention for student_name / learner_name);
// a certificate says "First Last". A name with more than one comma ("Smith, John, Paul") has no one reading
// as "First Last", so it is shown as the LMS gives it rather than rearranged wrongly.
export function displayName(lmsName: string): string {
  const name = lmsName.trim().replace(/\s+/g, ' ');
  const comma = name.indexOf(',');
  if (comma === -1 || name.indexOf(',', comma + 1) !== -1) return name;
  const last = name.slice(0, comma).trim();
  const first = name.slice(comma + 1).trim();
  return [first, last].filter(Boolean).join(' ');
}
