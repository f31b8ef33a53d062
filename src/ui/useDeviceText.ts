// Learner free text (reflections, action plan) and the partnership plan are kept in this browser only: never part
// of the LMS record, so they cannot leak into an agency's reports. They are kept per learner (see deviceNotes.ts).
// When the browser refuses to keep them (storage blocked, as in some LMS frames, or full), `kept` is false so the
// view can say so rather than let the learner believe they are saved.
import { useState } from 'react';
import { useCourse } from './CourseContext';
import { deviceNotesPrefix } from './deviceNotes';

/** What a view saved on this device under `key` for this learner ("" when nothing, or when storage is blocked). */
export function readDeviceText(deviceStorage: Storage | null, courseId: string, learnerId: string, key: string): string {
  try {
    return deviceStorage?.getItem(`${deviceNotesPrefix(courseId, learnerId)}${key}`) ?? '';
  } catch {
    return '';
  }
}

export function useDeviceText(key: string): [text: string, update: (text: string) => void, kept: boolean] {
  const { deviceStorage, index, snapshot } = useCourse();
  const storageKey = `${deviceNotesPrefix(index.course.id, snapshot.learnerId)}${key}`;
  const [kept, setKept] = useState(deviceStorage !== null);
  const [text, setText] = useState(() => readDeviceText(deviceStorage, index.course.id, snapshot.learnerId, key));
  const update = (next: string) => {
    setText(next);
    try {
      if (deviceStorage === null) throw new Error('no storage');
      deviceStorage.setItem(storageKey, next);
      setKept(true);
    } catch {
      // Storage full or blocked: the text stays on screen for this visit only, and the view says so.
      setKept(false);
    }
  };
  return [text, update, kept];
}

/** Said where a learner writes, when the browser will not keep it. */
export const NOT_KEPT_MESSAGE =
  'This browser does not let the course keep what you write here: it will be gone when you leave this page. Copy anything you want to keep.';
