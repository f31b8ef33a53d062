// "Finish and close" after the session has ended: the course closes the window it is in when a browser allows
// that, which is when the top window was opened by a script (an LMS that launches courses in a new window).
// An LMS that accepted a request to take the learner out (SCORM 2004 adl.nav.request) is given a moment to do
// so first: Moodle accepts the request but leaves its window open. A frame inside the LMS's own page, or a tab
// the learner opened, cannot be closed by the course: the learner is then told how to leave (CompletionView).
import type { FinishResult } from '../core/tracker';

/** Long enough for an LMS that acts on the request to unload the course first. */
const LMS_GRACE_MS = 1500;

export function leaveCourse(win: Window, ending: FinishResult | null): void {
  if (ending?.lmsTakesOver) win.setTimeout(() => closeCourseWindow(win), LMS_GRACE_MS);
  else closeCourseWindow(win);
}

function closeCourseWindow(win: Window): void {
  try {
    const top = win.top ?? win;
    // opener and close() are among the few things a frame may use on a window of another origin.
    if (top.opener) top.close();
  } catch {
    // A browser that forbids it: the message on screen tells the learner how to leave.
  }
}
