// Opening the course in the LMS preview, and the ways a learner's tab can go away and come back.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { buildLaunchQuery, type Faults, type LmsOptions } from '../../../preview/shared/launch-query';
import type { ApiCall, CmiRecord, ScormVersion, StoredRecord } from '../../../preview/shared/lms-types';
import { lmsPagePath } from '../../../preview/server/page-templates';
import { recordRequests } from './network-guard';
import type { SharedPreview } from './preview';

export interface OpenCourseOptions {
  version: ScormVersion;
  /** The SCORM 2004 3rd edition package instead of the 4th (same API, the LMS page for that zip). */
  edition?: '3rd';
  faults?: Faults;
  /** Which LMS the harness plays: strict by default; lenient, the Moodle profile, launch values. */
  lms?: LmsOptions;
  /** With lms.lmsProfile "moodle": the learner asks for a new attempt on this launch. */
  newAttempt?: boolean;
  /** Start from this record (it replaces any stored one). */
  preload?: CmiRecord;
  /** Keep the record this context already holds; by default the launch is a learner's first. */
  keepRecord?: boolean;
  /** Open the tab in this context (its localStorage holds the records); by default a new context. */
  context?: BrowserContext;
}

/** Reads the harness's view of the session; every method asks the page afresh. */
export interface LmsHandle {
  calls(): Promise<ApiCall[]>;
  record(): Promise<StoredRecord | null>;
  /** A live data-model value, without touching the course's error state. */
  cmi(element: string): Promise<string>;
  terminateCount(): Promise<number>;
  /** With lms.lmsProfile "moodle": the attempt number and the gradebook's grade; null otherwise. */
  moodle(): Promise<{ attempt: number; grade: number | null } | null>;
  /** Presses "Relaunch": the course is unloaded, then started again as a new session. */
  relaunch(): Promise<void>;
  /** Presses "Reset attempt": the record is cleared and the course started again. */
  reset(): Promise<void>;
}

export interface Course {
  preview: SharedPreview;
  options: OpenCourseOptions;
  context: BrowserContext;
  /** The tab. */
  page: Page;
  /** The same tab, named for reading the LMS side of it (buttons, tables). */
  harness: Page;
  /** The course's frame; looked up on each access, so it stays right after relaunch(). */
  readonly sco: Frame;
  lms: LmsHandle;
  /** Every URL this context requested (see network-guard.ts). */
  requests: string[];
}

const SCO_FRAME_NAME = 'sco';

export async function openCourse(browser: Browser, preview: SharedPreview, options: OpenCourseOptions): Promise<Course> {
  const context = options.context ?? (await browser.newContext());
  const requests = recordRequests(context);
  const page = await context.newPage();
  const query = buildLaunchQuery({
    faults: options.faults ?? {},
    lms: options.lms ?? {},
    preload: options.preload ?? null,
    fresh: !options.keepRecord,
    newAttempt: options.newAttempt ?? false,
  });
  const pagePath = lmsPagePath(options.edition === '3rd' ? '2004-3rd' : options.version);
  await page.goto(new URL(`${pagePath}?${query}`, preview.url).href);
  await waitForSco(page);
  return {
    preview,
    options,
    context,
    page,
    harness: page,
    get sco() {
      return scoFrame(page);
    },
    lms: lmsHandle(page),
    requests,
  };
}

/** A new tab in the same context, keeping the stored record: the learner comes back. */
export function reopenCourse(course: Course, overrides: Partial<Omit<OpenCourseOptions, 'context'>> = {}): Promise<Course> {
  const browser = course.context.browser();
  if (!browser) throw new Error('The course context has no browser');
  return openCourse(browser, course.preview, {
    ...course.options,
    preload: undefined,
    newAttempt: undefined,
    ...overrides,
    keepRecord: true,
    context: course.context,
  });
}

/** The learner closes the tab without pressing anything: pagehide and unload handlers run. */
export async function closeTab(course: Course): Promise<void> {
  await course.page.close();
}

/** The tab dies (crash, killed process): no pagehide, no unload, nothing more is saved. */
export async function crashTab(course: Course): Promise<void> {
  const session = await course.context.newCDPSession(course.page);
  const crashed = course.page.waitForEvent('crash');
  // The renderer dies before it can answer, so this call never settles cleanly.
  session.send('Page.crash').catch(() => undefined);
  await crashed;
  await course.page.close();
}

function scoFrame(page: Page): Frame {
  const frame = page.frame({ name: SCO_FRAME_NAME });
  if (!frame) throw new Error('The course frame is not on the page');
  return frame;
}

async function waitForSco(page: Page): Promise<void> {
  const element = await page.waitForSelector(`iframe[name="${SCO_FRAME_NAME}"]`, { state: 'attached' });
  const frame = await element.contentFrame();
  if (!frame) throw new Error('The course frame has no document');
  await frame.waitForLoadState('load');
}

function lmsHandle(page: Page): LmsHandle {
  async function reloadWith(button: string): Promise<void> {
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button }).click()]);
    await waitForSco(page);
  }
  return {
    calls: async () => {
      await expectHarnessStarted(page);
      return page.evaluate(() => window.__lms?.calls ?? []);
    },
    record: async () => {
      await expectHarnessStarted(page);
      return page.evaluate(() => window.__lms?.record() ?? null);
    },
    cmi: async (element) => {
      await expectHarnessStarted(page);
      return page.evaluate((name) => window.__lms?.cmi(name) ?? '', element);
    },
    terminateCount: async () => {
      await expectHarnessStarted(page);
      return page.evaluate(() => window.__lms?.terminateCount ?? 0);
    },
    moodle: async () => {
      await expectHarnessStarted(page);
      return page.evaluate(() => window.__lms?.moodle ?? null);
    },
    relaunch: () => reloadWith('Relaunch'),
    reset: () => reloadWith('Reset attempt'),
  };
}

async function expectHarnessStarted(page: Page): Promise<void> {
  if (await page.evaluate(() => window.__lms !== undefined)) return;
  const status = await page.locator('#harness-status').textContent();
  throw new Error(`The LMS harness did not start: ${status ?? 'no status'}`);
}
