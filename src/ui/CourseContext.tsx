// What every view and block needs: the course index, the session to send intents to, its latest snapshot,
// and a way to announce changes to screen-reader users.
import { createContext, useContext } from 'react';
import type { CourseIndex } from '../core/courseIndex';
import type { Action } from '../core/progress';
import type { SessionSnapshot } from '../core/session';

export interface CourseContextValue {
  index: CourseIndex;
  snapshot: SessionSnapshot;
  dispatch(action: Action): void;
  announce(message: string): void;
  goTo(pageId: string): void;
  /** Shows the end-of-course evaluation (see EvaluationView). */
  openEvaluation(): void;
  /** Free text (reflections, action plan) lives on this device only, never in the LMS record. */
  deviceStorage: Storage | null;
}

export const CourseContext = createContext<CourseContextValue | null>(null);

export function useCourse(): CourseContextValue {
  const value = useContext(CourseContext);
  if (!value) throw new Error('useCourse must be used inside <CourseContext.Provider>');
  return value;
}
