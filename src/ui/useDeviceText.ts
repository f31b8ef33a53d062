// Learner free text (reflections, action plan) is kept in this browser only: it is never part of the LMS
// record, so it cannot leak into an agency's reports.
import { useState } from 'react';
import { useCourse } from './CourseContext';

export function useDeviceText(key: string): [string, (text: string) => void] {
  const { deviceStorage, index } = useCourse();
  const storageKey = `course-notes:${index.course.id}:${key}`;
  const [text, setText] = useState(() => {
    try {
      return deviceStorage?.getItem(storageKey) ?? '';
    } catch {
      return '';
    }
  });
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
