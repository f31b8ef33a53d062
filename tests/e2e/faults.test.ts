// LMS faults, in both SCORM versions, with the real packages in the preview LMS: no API, a late API, an LMS that
// refuses to start or to commit, a cross-origin parent, a learner clicking as fast as they can, and every order
// of the events that end a session. Whatever goes wrong, the learner keeps their work and is told what matters.
// The matrix continues in faults-resume.test.ts (saved records and resuming).
import { describe, expect, it } from 'vitest';
import { API_METHOD_NAMES } from '../../preview/shared/api-methods';
import { CMI_NAMES } from '../../preview/shared/cmi-names';
import type { CoursePage } from '../../src/content/course';
import { decodeState } from '../../src/core/savedState';
import { assertCleanRun, openCourse, type Course, type Faults, type ScormVersion } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { course, expectPage, reachPage, start } from './support/learner';
import {
  callsOf,
  clickPageButtonsFast,
  courseIndex,
  firePageEvent,
  interactionIds,
  openResults,
  uncaughtErrors,
  valuesWritten,
  withoutInjectedFailures,
  type PageEvent,
} from './support/resilience';

const env = useBrowserAndPreview();

const [firstPage, secondPage, thirdPage] = course.pages as [CoursePage, CoursePage, CoursePage];
const NOT_CONNECTED = 'not connected to a learning system';
const REFUSED = 'did not accept the connection';
const NOT_SAVING = 'Your progress is not being saved right now';

/** Opens the course with faults and waits for the welcome screen, noting any uncaught error on the way. */
async function launch(version: ScormVersion, faults: Faults = {}): Promise<Course & { errors: string[] }> {
  const browserContext = await env.browser.newContext();
  const errors = uncaughtErrors(browserContext);
  const run = await openCourse(env.browser, env.preview, { version, faults, context: browserContext });
  await run.sco.getByRole('heading', { level: 1, name: course.title }).waitFor();
  // Assigned, not spread: `sco` is a getter that must keep finding the frame after a relaunch.
  return Object.assign(run, { errors });
}

describe.each(['12', '2004'] as const)('SCORM %s: LMS faults', (version) => {
  it('1. without any LMS API, runs on this device, says so, and offers to resume on the next visit', async () => {
    const run = await launch(version, { noApi: true });
    await run.sco.getByRole('status').filter({ hasText: NOT_CONNECTED }).waitFor();
    await reachPage(run.sco, 2);
    await run.lms.relaunch();
    await run.sco.getByRole('status').filter({ hasText: NOT_CONNECTED }).waitFor();
    await run.sco.getByRole('button', { name: `Resume: ${secondPage.title}` }).click();
    await expectPage(run.sco, secondPage);
    expect(await run.lms.calls()).toEqual([]);
    expect(run.errors).toEqual([]);
    await run.context.close();
  });

  it('2. finds an API the LMS attaches 1.5 s late, and records to it', async () => {
    const run = await launch(version, { apiDelayMs: 1500 });
    await reachPage(run.sco, 2);
    expect(await run.sco.getByText(NOT_CONNECTED).count()).toBe(0);
    const stored = await run.lms.record();
    expect(stored?.savedBy).toBe('commit');
    expect(stored?.cmi[CMI_NAMES[version].location]).toBe(secondPage.id);
    assertCleanRun(await run.lms.calls(), version);
    await run.context.close();
  });

  it.each(['false', 'throw'] as const)('3. when Initialize returns %s, runs on this device and says the LMS refused', async (mode) => {
    const run = await launch(version, { initialize: mode });
    await run.sco.getByRole('status').filter({ hasText: REFUSED }).waitFor();
    await reachPage(run.sco, 2);
    expect((await run.lms.calls()).map((call) => call.method)).toEqual([API_METHOD_NAMES[version].initialize]);
    expect(run.errors).toEqual([]);
    await run.context.close();
  });

  it.each(['false', 'throw'] as const)(
    '4. when every Commit returns %s, retries with growing delays and tells the learner',
    async (mode) => {
      const run = await launch(version, { commit: mode });
      await run.sco.getByRole('alert').filter({ hasText: NOT_SAVING }).waitFor();
      await expect
        .poll(async () => callsOf(await run.lms.calls(), version, 'commit').length, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(3);
      const commits = callsOf(await run.lms.calls(), version, 'commit').map((call) => call.time);
      // The session waits 1 s, then 2 s; a busy machine may add to a delay but never shortens it.
      expect(commits[1]! - commits[0]!).toBeGreaterThanOrEqual(950);
      expect(commits[2]! - commits[1]!).toBeGreaterThanOrEqual(1950);
      assertCleanRun(withoutInjectedFailures(await run.lms.calls(), version, 'commit'), version);
      expect(run.errors).toEqual([]);
      await run.context.close();
    },
  );

  it('4. sends what was done while commits failed with the first one that works, each answer once', async () => {
    const run = await launch(version, { commitFailures: 4 });
    await run.sco.getByRole('alert').filter({ hasText: NOT_SAVING }).waitFor();
    const role = course.intake.roles[0]!;
    await run.sco.getByLabel(course.intake.question).selectOption({ label: role.label });
    // Two commits are left to fail, whether the retry timer or a page change asks first: the role goes out while
    // saving fails, and at least the last of these page changes is saved.
    await reachPage(run.sco, 3);
    await run.sco.getByRole('status').filter({ hasText: 'Your progress is being saved again' }).waitFor();
    expect(await run.sco.getByRole('alert').filter({ hasText: NOT_SAVING }).count()).toBe(0);

    const stored = (await run.lms.record())!;
    expect(stored.savedBy).toBe('commit');
    expect(stored.cmi[CMI_NAMES[version].location]).toBe(thirdPage.id);
    const { state } = decodeState(courseIndex, stored.cmi['cmi.suspend_data']!);
    expect([state.role, state.visited]).toEqual([role.id, [firstPage.id, secondPage.id, thirdPage.id]]);
    expect(interactionIds(stored.cmi)).toEqual(['intake.role']);
    assertCleanRun(withoutInjectedFailures(await run.lms.calls(), version, 'commit'), version);
    await run.context.close();
  });

  it('10. with a cross-origin parent, does not crash: it finds no API there and runs on this device', async () => {
    const run = await launch(version, { crossOrigin: true });
    await run.sco.getByRole('status').filter({ hasText: NOT_CONNECTED }).waitFor();
    await reachPage(run.sco, 2);
    expect(await run.lms.calls()).toEqual([]);
    expect(run.errors).toEqual([]);
    await run.context.close();
  });

  it('8. commits at most once per page view when the learner clicks Next and Back 100 times as fast as they can', async () => {
    const run = await launch(version);
    await start(run.sco);
    const tenForwardTenBack = [...Array<string>(10).fill('Next'), ...Array<string>(10).fill('Back')];
    await clickPageButtonsFast(run.sco, Array.from({ length: 5 }, () => tenForwardTenBack).flat());
    await expectPage(run.sco, firstPage);
    // A save waits until the new page is drawn (issue 11: a slow LMS never holds up a page turn) and then covers
    // every turn made meanwhile, so turns faster than the screen draws share one save; the last page is stored.
    await expect.poll(() => run.lms.cmi(CMI_NAMES[version].location)).toBe(firstPage.id);
    const calls = await run.lms.calls();
    assertCleanRun(calls, version);
    const locationsSaved = valuesWritten(calls, version, CMI_NAMES[version].location).length;
    expect(locationsSaved).toBeGreaterThan(0);
    expect(locationsSaved).toBeLessThanOrEqual(101);
    // One commit when the session starts, then at most one per page view.
    expect(callsOf(calls, version, 'commit').length).toBeLessThanOrEqual(101 + 1);
    await run.context.close();
  });

  // Each event comes first in one order; Finish is pressed only where the results screen still offers it.
  const orders: (PageEvent | 'finish')[][] = [
    ['visibility-hidden', 'finish', 'pagehide', 'unload'],
    ['pagehide', 'visibility-hidden', 'unload', 'finish'],
    ['unload', 'pagehide', 'finish', 'visibility-hidden'],
    ['finish', 'unload', 'visibility-hidden', 'pagehide'],
  ];
  it.each(orders.map((order) => [order.join(' → '), order] as const))(
    '9. terminates exactly once, then sends nothing: %s',
    async (_, order) => {
      const run = await launch(version);
      // Unsaved work, so that hiding the page has something to save.
      const role = course.intake.roles[1]!;
      await run.sco.getByLabel(course.intake.question).selectOption({ label: role.label });
      await openResults(run.sco);
      let ended = false;
      for (const event of order) {
        if (event === 'finish') {
          const finish = run.sco.getByRole('button', { name: 'Finish and close' });
          if (ended) expect(await finish.count()).toBe(0);
          else await finish.click();
        } else {
          await firePageEvent(run.sco, event);
        }
        ended ||= event !== 'visibility-hidden';
      }
      await run.sco.getByText('Your session has ended').waitFor();
      // The frame really goes away too: the browser's own pagehide and unload come after all of the above.
      await run.page.evaluate(() => document.querySelector('iframe[name="sco"]')?.remove());

      const calls = await run.lms.calls();
      assertCleanRun(calls, version);
      expect(callsOf(calls, version, 'terminate')).toHaveLength(1);
      const stored = (await run.lms.record())!;
      expect(stored.savedBy).toBe('terminate');
      expect(decodeState(courseIndex, stored.cmi['cmi.suspend_data']!).state.role).toBe(role.id);
      await run.context.close();
    },
  );
});
