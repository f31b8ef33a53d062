// Where a learner's own notes (reflections, action plan, the name they typed for the certificate) live on this
// device: one set per learner and course. Agencies share PCs, and these notes can be about real cases, so the
// key carries the LMS's learner id: the next learner in the same browser never sees them, and each learner can
// remove their own. Without an LMS there is no learner id, and the notes belong to whoever uses this browser.
export function deviceNotesPrefix(courseId: string, learnerId: string): string {
  return `course-notes:${courseId}:${encodeURIComponent(learnerId)}:`;
}

/** Removes every note of this learner in this course from the device; false when the storage refused. */
export function clearDeviceNotes(storage: Storage | null, courseId: string, learnerId: string): boolean {
  if (storage === null) return false;
  const prefix = deviceNotesPrefix(courseId, learnerId);
  try {
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (key): key is string => key?.startsWith(prefix) ?? false,
    );
    for (const key of keys) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
