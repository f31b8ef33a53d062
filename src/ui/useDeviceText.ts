// Learner free text (reflections, action plan) and the partnership plan are kept in this browser only: it is never part of the LMS
// record, so it cannot leak into an agency's reports.
import { useState } from 'react';
import { useCourse } from './CourseContext';

/** What a view saved on this device under `key` ("" when nothing, or when storage is blocked). */
export function readDeviceText(deviceStorage: Storage | null, courseId: string, key: string): string {
  try {
    return deviceStorage?.getItem(storageKeyFor(courseId, key)) ?? '';
  } catch {
    return '';
  }
}

function storageKeyFor(courseId: string, key: string): string {
  return `course-notes:${courseId}:${key}`;
}

export function useDeviceText(key: string): [string, (text: string) => void] {
  const { deviceStorage, index } = useCourse();
  const storageKey = storageKeyFor(index.course.id, key);
  const [text, setText] = useState(() => readDeviceText(deviceStorage, index.course.id, key));
  const update = (next: string) => {
    setText(next);
    try {
      deviceStorage?.setItem(storageKey, next);
    } catch {
      // Storage full or blocked: the text stays on screen for this visit.
    }
  };
  return [text, update];
}
