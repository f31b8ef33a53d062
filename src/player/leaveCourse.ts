// "Finish and close" after the session has ended: the course closes the window it is in when a browser allows
// that, which is when the top window was opened by a script (an LMS that launches courses in a new window).
// A frame inside the LMS's own page, or a tab the learner opened, cannot be closed by the course: the learner
// is then told how to leave (see CompletionView).
export function closeCourseWindow(win: Window): void {
  try {
    const top = win.top ?? win;
    // opener and close() are among the few things a frame may use on a window of another origin.
    if (top.opener) top.close();
  } catch {
    // A browser that forbids it: the message on screen tells the learner how to leave.
  }
}
