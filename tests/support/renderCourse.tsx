// Renders the real player for component tests: the course from a content folder, a session on an in-memory
// tracker that records what the LMS would have been sent, and a userEvent instance.
export { immediateClock, MemoryTracker };
import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { loadCourse } from '../../src/content/load';
import { indexCourse } from '../../src/core/courseIndex';
import { CourseSession } from '../../src/core/session';
import type { Tracker } from '../../src/core/tracker';
import { immediateClock, MemoryTracker } from './memoryTracker';
import { App } from '../../src/ui/App';

/** `random` gives the learner's shuffle seed (a fixed one by default, so a test sees the same order every run). */
export function renderCourse(contentRoot: string, options: { tracker?: Tracker; random?: () => number } = {}) {
  const index = indexCourse(loadCourse(contentRoot));
  const tracker = options.tracker ?? new MemoryTracker();
  const session = new CourseSession(index, tracker, immediateClock, () => new MemoryTracker(), options.random ?? (() => 0.5));
  session.start();
  const user = userEvent.setup();
  const result = render(<App session={session} />);
  return { ...result, index, session, tracker, user };
}

/** Start (or resume), then past the pre-test where the course offers one first (PretestView.test.tsx tests it). */
export async function startCourse(user: UserEvent, name: RegExp | string = 'Start the course'): Promise<void> {
  await user.click(screen.getByRole('button', { name }));
  const skip = screen.queryByRole('button', { name: 'Skip the pre-test' });
  if (skip) await user.click(skip);
}
