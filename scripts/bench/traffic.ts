// What a full completion costs the LMS: the scripted learner (tests/e2e/support/learner.ts) takes the whole real
// course in the preview, unthrottled, then presses Finish; the harness's call log is counted afterwards.
import type { Browser } from 'playwright-core';
import { roleOf } from '../../preview/shared/api-methods';
import type { ApiCall, ScormVersion } from '../../preview/shared/lms-types';
import { openCourse } from '../../tests/e2e/support/course';
import { walkCourse } from '../../tests/e2e/support/learner';
import type { Preview } from '../../tests/e2e/support/preview';

export interface Traffic {
  apiCalls: number;
  commits: number;
  /** Course pages shown: each page change writes the bookmark once (the course skips unchanged values). */
  pagesShown: number;
  /**
   * Every screen the learner viewed: the welcome screen, each page, the results. The welcome and results screens
   * carry no bookmark, so they are not in pagesShown, but they are views (the launch commit belongs to the first).
   */
  pageViews: number;
  /** Its length after the run, as the LMS stored it. */
  suspendDataLength: number;
}

/** walkCourse starts on the welcome screen and ends on the results screen. */
const WELCOME_AND_RESULTS = 2;
const LOCATION_ELEMENT: Record<ScormVersion, string> = { '12': 'cmi.core.lesson_location', '2004': 'cmi.location' };

export function countTraffic(calls: readonly ApiCall[], version: ScormVersion): Omit<Traffic, 'suspendDataLength'> {
  const roles = calls.map((call) => roleOf(version, call.method));
  const pagesShown = calls.filter((call, i) => roles[i] === 'setValue' && call.args[0] === LOCATION_ELEMENT[version]).length;
  return {
    apiCalls: calls.length,
    commits: roles.filter((role) => role === 'commit').length,
    pagesShown,
    pageViews: WELCOME_AND_RESULTS + pagesShown,
  };
}

export async function measureTraffic(browser: Browser, preview: Preview, version: ScormVersion): Promise<Traffic> {
  const run = await openCourse(browser, preview, { version });
  try {
    await walkCourse(run.sco);
    await run.sco.getByRole('button', { name: 'Finish and close' }).click();
    await run.sco.getByText('Your session has ended').waitFor();
    const record = await run.lms.record();
    return { ...countTraffic(await run.lms.calls(), version), suspendDataLength: record?.cmi['cmi.suspend_data']?.length ?? 0 };
  } finally {
    await run.context.close();
  }
}
