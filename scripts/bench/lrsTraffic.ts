// What a full completion costs a cmi5 or xAPI LMS: the scripted learner takes the whole course from the preview's
// LMS page, against its LRS, then presses Finish; the statements the LRS stored for that session and the requests
// the course made to it are counted.
import type { Browser } from 'playwright-core';
import type { LrsProfile } from '../../preview/server/lrs/preview-lms';
import { lrsLog, openLrsCourse, verbOf, waitForStatement, type Statement } from '../../tests/e2e/support/lrs-course';
import { course, walkCourse } from '../../tests/e2e/support/learner';
import type { SharedPreview as Preview } from '../../tests/e2e/support/preview';

export interface LrsTraffic {
  /** Statements the course sent (the LMS's own "launched" not counted). */
  statements: number;
  /** HTTP requests the course made to the LRS: statement POSTs, State API and profile reads and writes. */
  requests: number;
  /** The welcome screen, each page, the results (what walkCourse shows). */
  pageViews: number;
}

export async function measureLrsTraffic(browser: Browser, preview: Preview, profile: LrsProfile): Promise<LrsTraffic> {
  const run = await openLrsCourse(browser, preview, { profile });
  const requests: string[] = [];
  run.page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/lrs/xapi/')) requests.push(request.url());
  });
  try {
    const launch = (await lrsLog(preview)).launches.at(-1);
    if (!launch) throw new Error('The preview did not launch the course');
    await walkCourse(run.sco);
    await run.sco.getByRole('button', { name: 'Finish and close' }).click();
    const ofThisLaunch = (s: Statement) => s.context.registration === launch.registration && verbOf(s) !== 'launched';
    const log = await waitForStatement(preview, (s) => ofThisLaunch(s) && verbOf(s) === 'terminated');
    const statements = log.statements.map((s) => s.statement as Statement).filter(ofThisLaunch);
    return { statements: statements.length, requests: requests.length, pageViews: course.pages.length + 2 };
  } finally {
    await run.context.close();
  }
}
