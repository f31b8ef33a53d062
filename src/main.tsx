import { createRoot } from 'react-dom/client';
import course from 'virtual:course';
import { indexCourse } from './core/courseIndex';
import { CourseSession } from './core/session';
import { chooseTracker, localTracker } from './player/chooseTracker';
import { leaveCourse } from './player/leaveCourse';
import { bindLifecycle } from './player/lifecycle';
import { App } from './ui/App';
import './ui/styles.css';

async function main(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) return;
  const { tracker, masteryScorePercent } = await chooseTracker(window, course);
  // A cmi5 LMS may set its own mastery score; passed and failed must then be judged against it (cmi5 10.2.4).
  const index = indexCourse(masteryScorePercent === null ? course : { ...course, masteryScore: masteryScorePercent });
  const session = new CourseSession(
    index,
    tracker,
    {
      now: () => Date.now(),
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
      // The next frame is drawn, then the save runs in the task after it: the page turn shows first even when the
      // LMS's Commit blocks. A hidden page draws no frames, so it saves straight away.
      afterPaint: (callback) => {
        if (document.visibilityState === 'hidden') window.setTimeout(callback, 0);
        else window.requestAnimationFrame(() => window.setTimeout(callback, 0));
      },
    },
    () => localTracker(window, course.id),
  );
  session.start();
  bindLifecycle(window, session);
  createRoot(rootElement).render(<App session={session} onLeave={(ending) => leaveCourse(window, ending)} />);
}

void main();
