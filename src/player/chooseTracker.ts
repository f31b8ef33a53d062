// Which tracker this launch uses. The package says what it was built for (a meta tag written at packaging
// time): for SCORM the API is then searched for as ADL describes; cmi5 and xAPI read their launch URL and the
// LRS. No API, or an LMS that refuses to start, means the course still runs and keeps progress on this device,
// and says so.
import type { Course } from '../content/course';
import type { Tracker } from '../core/tracker';
import { findApi } from '../tracking/discovery';
import { LocalTracker } from '../tracking/localTracker';
import { Scorm12Tracker, type Scorm12Api } from '../tracking/scorm12Tracker';
import { Scorm2004Tracker, type Scorm2004Api } from '../tracking/scorm2004Tracker';

/** LMSs that inject the API late usually do so within a second or two. */
const API_WAIT_MS = 4000;

/** What the package was built for, as written into index.html's course-tracking meta tag. */
export type PackagedTracking = 'scorm12' | 'scorm2004' | 'scorm2004-3rd' | 'cmi5' | 'xapi' | 'local';
const PACKAGED_TRACKING: readonly string[] = ['scorm12', 'scorm2004', 'scorm2004-3rd', 'cmi5', 'xapi'] satisfies PackagedTracking[];

export interface ChosenTracker {
  tracker: Tracker;
  /** The LMS's own mastery score (cmi5 LMS.LaunchData), in percent, which replaces the course's. */
  masteryScorePercent: number | null;
}

export function packagedTracking(doc: Document): PackagedTracking {
  const value = doc.querySelector('meta[name="course-tracking"]')?.getAttribute('content') ?? '';
  return PACKAGED_TRACKING.includes(value) ? (value as PackagedTracking) : 'local';
}

function browserStorage(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

export function localTracker(win: Window, courseId: string): Tracker {
  return new LocalTracker(browserStorage(win), `course-progress:${courseId}`);
}

export async function chooseTracker(win: Window, course: Course): Promise<ChosenTracker> {
  const tracking = packagedTracking(win.document);
  if (import.meta.env.COURSE_LRS && (tracking === 'cmi5' || tracking === 'xapi')) {
    const { launchLrsTracker } = await import('./lrsLaunch');
    return launchLrsTracker(win, course, tracking);
  }
  return { tracker: await scormOrLocalTracker(win, course.id, tracking), masteryScorePercent: null };
}

async function scormOrLocalTracker(win: Window, courseId: string, tracking: PackagedTracking): Promise<Tracker> {
  if (tracking === 'scorm12') {
    const api = await findApi(win, 'API', API_WAIT_MS);
    if (api) return new Scorm12Tracker(api as Scorm12Api);
  } else if (tracking === 'scorm2004' || tracking === 'scorm2004-3rd') {
    const api = await findApi(win, 'API_1484_11', API_WAIT_MS);
    if (api) return new Scorm2004Tracker(api as Scorm2004Api, tracking === 'scorm2004-3rd' ? '3rd' : '4th');
  }
  return localTracker(win, courseId);
}
