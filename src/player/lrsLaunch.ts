// Launching the cmi5 and xAPI trackers from this window. Only the lrs build (the cmi5 and xAPI packages) reaches
// this module: chooseTracker imports it behind import.meta.env.COURSE_LRS, so the SCORM packages do not carry it.
import type { Course } from '../content/course';
import { UnavailableTracker } from '../tracking/unavailableTracker';
import { launchCmi5, launchXapi, type LaunchedLrs } from '../tracking/xapi/launch';

function sessionStorageOf(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}

export async function launchLrsTracker(win: Window, course: Course, profile: 'cmi5' | 'xapi'): Promise<LaunchedLrs> {
  // The tracker's listener is added before the session's own (bindLifecycle), so it knows the page is leaving
  // when the session ends on pagehide.
  let leaving = false;
  win.addEventListener('pagehide', () => {
    leaving = true;
  });
  const env = {
    search: win.location.search,
    fetch: win.fetch.bind(win),
    sessionStorage: sessionStorageOf(win),
    timers: {
      setTimeout: (callback: () => void, ms: number) => win.setTimeout(callback, ms),
      clearTimeout: (handle: unknown) => win.clearTimeout(handle as number),
    },
    now: () => Date.now(),
    leaving: () => leaving,
    redirect: (url: string) => win.location.assign(url),
  };
  try {
    return await (profile === 'cmi5' ? launchCmi5 : launchXapi)(env, { activityId: course.activityId, language: course.language });
  } catch (error) {
    return { tracker: new UnavailableTracker(profile, error instanceof Error ? error.message : String(error)), masteryScorePercent: null };
  }
}
