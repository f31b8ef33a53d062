// Which tracker this launch uses. The package says which SCORM version it is (a meta tag written at packaging
// time); the API is then searched for as ADL describes. No API, or an LMS that refuses to start, means the
// course still runs and keeps progress on this device, and says so.
import type { Tracker, TrackerKind } from '../core/tracker';
import { findApi } from '../tracking/discovery';
import { LocalTracker } from '../tracking/localTracker';
import { Scorm12Tracker, type Scorm12Api } from '../tracking/scorm12Tracker';
import { Scorm2004Tracker, type Scorm2004Api } from '../tracking/scorm2004Tracker';

/** LMSs that inject the API late usually do so within a second or two. */
const API_WAIT_MS = 4000;

export function packagedTrackerKind(doc: Document): TrackerKind {
  const value = doc.querySelector('meta[name="course-tracking"]')?.getAttribute('content');
  return value === 'scorm12' || value === 'scorm2004' ? value : 'local';
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

export async function chooseTracker(win: Window, courseId: string): Promise<Tracker> {
  const kind = packagedTrackerKind(win.document);
  if (kind === 'scorm12') {
    const api = await findApi(win, 'API', API_WAIT_MS);
    if (api) return new Scorm12Tracker(api as Scorm12Api);
  } else if (kind === 'scorm2004') {
    const api = await findApi(win, 'API_1484_11', API_WAIT_MS);
    if (api) return new Scorm2004Tracker(api as Scorm2004Api);
  }
  return localTracker(win, courseId);
}
