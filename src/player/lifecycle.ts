// Browser events that end or pause a session. pagehide and unload both end it (the session makes sure only
// the first one counts); hiding the tab saves unsaved work, because a hidden tab may be killed without events.
// Another tab of the course writing the device's storage is said at once, not at this tab's next save.
import type { CourseSession } from '../core/session';

export function bindLifecycle(win: Window, session: CourseSession): void {
  const end = () => session.finish();
  win.addEventListener('pagehide', end);
  win.addEventListener('unload', end);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') session.flush();
  });
  win.addEventListener('storage', () => session.refreshWarnings());
}
