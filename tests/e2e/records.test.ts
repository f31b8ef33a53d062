// Issue 11, "Trustworthy records", end to end: the built packages in the strict preview LMS (its launch options
// play Moodle 5, review mode, an LMS pass mark, a cap on interactions, a blocking Commit, a closed LMS window), as
// a learner sees them and as the LMS records them.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CMI_NAMES } from '../../preview/shared/cmi-names';
import type { CmiRecord } from '../../preview/shared/lms-types';
import { dayNumber } from '../../src/core/calendarDay';
import { correctAnswer } from '../../src/core/answers';
import type { Action } from '../../src/core/progress';
import { decodeState, encodeState } from '../../src/core/savedState';
import { repoRoot } from '../support/fixtures';
import { assertCleanRun, openCourse, type ScormVersion } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import {
  activityOn,
  answerFinalItems,
  course,
  expectPage,
  finishSession,
  next,
  start,
  startFinalAttempt,
  submitFinalAttempt,
  takeFinalAttempt,
} from './support/learner';
import {
  callsOf,
  courseIndex,
  finishedState,
  goToPageFromMenu,
  interactionIds,
  openResults,
  stateAfter,
  STATUS_ELEMENTS,
  valuesWritten,
} from './support/resilience';

const env = useBrowserAndPreview();
const finalPage = course.pages.find((page) => page.blocks.some((b) => b.type === 'quiz' && course.quizzes[b.quiz]?.kind === 'final'))!;
const FINISHED_ON = new Date(2026, 2, 14);
/** Items drawn for one attempt of the final assessment. */
const DRAWN = courseIndex.final!.pools.reduce((sum, pool) => sum + pool.draw, 0);

/** A record as the LMS keeps it for a learner who finished (passed with 100) on FINISHED_ON and left. */
function finishedRecord(version: ScormVersion, extra: CmiRecord = {}): CmiRecord {
  const names = CMI_NAMES[version];
  const state = { ...finishedState(), finishedOn: dayNumber(FINISHED_ON.getTime()) };
  const status: CmiRecord =
    version === '12'
      ? { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' }
      : { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '100', 'cmi.score.scaled': '1' };
  return { [names.exit]: 'suspend', [names.suspendData]: encodeState(courseIndex, state), ...status, ...extra };
}

/** Every page done but the final assessment: the learner resumes on its page. */
function readyForFinal(version: ScormVersion, extra: CmiRecord = {}): CmiRecord {
  const actions: Action[] = courseIndex.pageOrder.map((pageId): Action => ({ type: 'go', pageId }));
  actions.push(...[...courseIndex.activityIds].map((activityId): Action => ({ type: 'complete', activityId })));
  for (const id of courseIndex.practiceIds)
    actions.push({ type: 'answer', questionId: id, answer: correctAnswer(courseIndex.questionById.get(id)!) });
  actions.push({ type: 'go', pageId: finalPage.id });
  const names = CMI_NAMES[version];
  return { [names.exit]: 'suspend', [names.suspendData]: encodeState(courseIndex, stateAfter(actions)), ...extra };
}

describe.each(['12', '2004'] as const)('SCORM %s: trustworthy records in the browser', (version) => {
  const status = STATUS_ELEMENTS[version];

  it('1/19. a learner who passed comes back: results, score and the certificate dated the day they finished; the record stays', async () => {
    const run = await openCourse(env.browser, env.preview, { version, preload: finishedRecord(version) });
    await run.sco.getByRole('button', { name: 'Show my result and certificate' }).click();
    const certificate = run.sco.getByRole('region', { name: 'Your certificate' });
    await certificate.waitFor();
    const card = await certificate.locator('.certificate-card').innerText();
    expect(card).toContain(FINISHED_ON.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }));
    expect(card).toContain('100%');
    // No retake after a pass: the grade cannot be replaced by a lower one.
    await run.sco.getByRole('button', { name: 'Back to the course' }).click();
    await goToPageFromMenu(run.sco, finalPage);
    expect(await run.sco.getByRole('button', { name: /^Start (the assessment|attempt)/ }).count()).toBe(0);
    await next(run.sco);
    await openResults(run.sco);
    await finishSession(run.sco);
    const calls = await run.lms.calls();
    assertCleanRun(calls, version);
    const record = (await run.lms.record())!.cmi;
    expect([record[status.success ?? status.completion], record[status.scoreRaw], record[CMI_NAMES[version].exit]]).toEqual([
      'passed',
      '100',
      'suspend',
    ]);
    await run.context.close();
  });

  it('1. in Moodle 5: pass, leave, come back, try again: review mode shows the result and certificate, and the record and grade stay', async () => {
    const run = await openCourse(env.browser, env.preview, { version, preload: readyForFinal(version), lms: { lmsProfile: 'moodle' } });
    await run.sco.getByRole('button', { name: `Resume: ${finalPage.title}` }).click();
    await takeFinalAttempt(run.sco);
    await next(run.sco);
    await openResults(run.sco);
    await finishSession(run.sco);
    expect((await run.lms.record())!.cmi[CMI_NAMES[version].exit]).toBe('suspend');

    await run.lms.relaunch();
    await run.sco.getByText(/Review mode: your learning system opened this course for review/).waitFor();
    await run.sco.getByRole('button', { name: 'Show my result and certificate' }).click();
    const card = await run.sco.locator('.certificate-card').first().innerText();
    expect(card).toContain(new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }));
    expect(card).toContain('100%');
    // Whatever the learner does now, nothing reaches the record: no retake is offered, and nothing is written.
    await run.sco.getByRole('button', { name: 'Back to the course' }).click();
    await goToPageFromMenu(run.sco, finalPage);
    expect(await run.sco.getByRole('button', { name: /^Start (the assessment|attempt)/ }).count()).toBe(0);
    await openResults(run.sco);
    await finishSession(run.sco);
    const calls = await run.lms.calls();
    assertCleanRun(calls, version);
    expect(callsOf(calls, version, 'setValue')).toEqual([]);
    const record = (await run.lms.record())!.cmi;
    expect([record[status.success ?? status.completion], record[status.scoreRaw]]).toEqual(['passed', '100']);
    expect((await run.lms.moodle())?.grade).toBe(100);
    console.info(
      `SCORM ${version} in Moodle after pass, leave, come back: ${JSON.stringify({ status: record[status.success ?? status.completion], completion: record['cmi.completion_status'], score: record[status.scoreRaw], exit: record[CMI_NAMES[version].exit], grade: (await run.lms.moodle())?.grade })}`,
    );
    await run.context.close();
  });

  it('7. an interaction id the LMS refuses once keeps its slot: every later answer is stored, none lost', async () => {
    const run = await openCourse(env.browser, env.preview, {
      version,
      preload: readyForFinal(version),
      faults: { refuse: '^cmi\\.interactions\\.2\\.id$', refuseTimes: 1 },
    });
    await run.sco.getByRole('button', { name: `Resume: ${finalPage.title}` }).click();
    await takeFinalAttempt(run.sco, 0);
    await next(run.sco);
    await expect.poll(async () => interactionIds((await run.lms.record())?.cmi ?? {}).length, { timeout: 10_000 }).toBe(DRAWN);
    expect(await run.sco.getByText(/did not accept/).count()).toBe(0);
    await run.context.close();
  });

  it('15. a learner name the LMS answers with null never reaches the certificate', async () => {
    const run = await openCourse(env.browser, env.preview, {
      version,
      preload: finishedRecord(version),
      faults: { getValueFault: [{ element: CMI_NAMES[version].learnerName, mode: 'null' }] },
    });
    await run.sco.getByRole('button', { name: 'Show my result and certificate' }).click();
    const name = await run.sco.locator('.certificate-card .certificate-name').first().innerText();
    expect(name).toBe('Name not given');
    expect(await run.sco.locator('.certificate-card').first().innerText()).not.toMatch(/null|undefined|false/);
    await run.context.close();
  });

  it('1/18. opened for review (Moodle after a 2004 normal exit, or Preview): says so and records nothing', async () => {
    const run = await openCourse(env.browser, env.preview, { version, lms: { mode: 'review', credit: 'no-credit' } });
    await run.sco.getByText(/Review mode: your learning system opened this course for review/).waitFor();
    await start(run.sco);
    await next(run.sco);
    await next(run.sco);
    await openResults(run.sco);
    await finishSession(run.sco);
    const calls = await run.lms.calls();
    assertCleanRun(calls, version);
    expect(callsOf(calls, version, 'setValue')).toEqual([]);
    await run.context.close();
  });

  it('11. the LMS pass mark decides: all but two right (86–87%) under a pass mark of 90% is not a pass anywhere', async () => {
    const run = await openCourse(env.browser, env.preview, {
      version,
      preload: readyForFinal(version),
      lms: version === '12' ? { masteryScore: 90 } : { scaledPassingScore: 0.9 },
    });
    await run.sco.getByRole('button', { name: `Resume: ${finalPage.title}` }).click();
    await run.sco.getByText('You need 90% to pass.').waitFor();
    const items = await startFinalAttempt(run.sco);
    await answerFinalItems(run.sco, items, { rightCount: items.length - 2 });
    await submitFinalAttempt(run.sco);
    await run.sco.getByText(`You scored ${Math.round(((items.length - 2) / items.length) * 100)}%`, { exact: false }).waitFor();
    expect(await run.sco.getByText('You passed.').count()).toBe(0);
    await next(run.sco);
    await openResults(run.sco);
    expect(await run.sco.getByRole('region', { name: 'Your certificate' }).count()).toBe(0);
    const calls = await run.lms.calls();
    assertCleanRun(calls, version);
    expect(valuesWritten(calls, version, status.success ?? status.completion).at(-1)).toBe(version === '12' ? 'incomplete' : 'failed');
    await run.context.close();
  });

  it('13. a Commit that blocks for 3 s never holds up the page turn: the new page is drawn before the LMS is called', async () => {
    const delay = 3000;
    const run = await openCourse(env.browser, env.preview, { version, faults: { commitDelayMs: delay } });
    const [first, second] = course.pages;
    await run.sco.getByRole('button', { name: 'Start the course' }).waitFor();
    await run.sco.evaluate((title) => {
      const seen: { at?: number; frameAt?: number } = {};
      (window as unknown as { __drawn: typeof seen }).__drawn = seen;
      new MutationObserver(() => {
        if (seen.at === undefined && [...document.querySelectorAll('h1')].some((h) => h.textContent === title)) {
          seen.at = Date.now();
          requestAnimationFrame(() => (seen.frameAt = Date.now()));
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, second!.title);
    await start(run.sco);
    await expectPage(run.sco, first!);
    await next(run.sco);
    await expectPage(run.sco, second!);
    await expect.poll(async () => callsOf(await run.lms.calls(), version, 'commit').length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const drawn = await run.sco.evaluate(() => (window as unknown as { __drawn: { at?: number; frameAt?: number } }).__drawn);
    // The log stamps a call when it returns: a blocking Commit began `delay` ms before.
    const commitStarts = callsOf(await run.lms.calls(), version, 'commit').map((call) => call.time - delay);
    const turnCommit = commitStarts.find((at) => at >= drawn.at! - 50);
    expect(turnCommit).toBeDefined();
    // Drawn, and a frame produced, before the Commit of that page turn began; no Commit ran while it was drawn.
    expect(drawn.frameAt!).toBeLessThanOrEqual(turnCommit! + 50);
    expect(commitStarts.filter((at) => at < drawn.at! && at + delay > drawn.at!)).toEqual([]);
    await run.context.close();
  });

  it('18. an LMS window that has gone (every API call throws): the learner is told progress is not being saved', async () => {
    const run = await openCourse(env.browser, env.preview, { version, faults: { apiDiesAfterMs: 3000 } });
    await start(run.sco);
    await run.page.waitForTimeout(3000);
    await next(run.sco);
    await next(run.sco);
    await run.sco.getByRole('alert').filter({ hasText: 'Your progress is not being saved right now' }).waitFor({ timeout: 10_000 });
    await run.context.close();
  });

  it('15. a learner name with two commas reaches the certificate as the LMS gave it', async () => {
    const run = await openCourse(env.browser, env.preview, {
      version,
      preload: finishedRecord(version, { [CMI_NAMES[version].learnerName]: 'Smith, John, Paul' }),
    });
    await run.sco.getByRole('button', { name: 'Show my result and certificate' }).click();
    expect(await run.sco.locator('.certificate-name').first().innerText()).toBe('Smith, John, Paul');
    await run.context.close();
  });

  it('5. "Finish and close" in the LMS frame ends the session and says plainly how to leave', async () => {
    const run = await openCourse(env.browser, env.preview, { version, preload: finishedRecord(version) });
    await run.sco.getByRole('button', { name: 'Show my result and certificate' }).click();
    await run.sco.getByRole('button', { name: 'Finish and close' }).click();
    await run.sco.getByText(/use your learning system’s own link back to the course page/).waitFor();
    const calls = await run.lms.calls();
    assertCleanRun(calls, version);
    if (version === '2004') expect(valuesWritten(calls, version, 'adl.nav.request')).toEqual(['suspendAll']);
    await run.context.close();
  });

  it('5. "Finish and close" closes a window the LMS opened for the course', async () => {
    const context = await env.browser.newContext();
    const opener = await context.newPage();
    await opener.goto(env.preview.url);
    const first = await openCourse(env.browser, env.preview, { version, preload: finishedRecord(version), context });
    const lmsUrl = first.page.url();
    await first.page.close();
    const [popup] = await Promise.all([context.waitForEvent('page'), opener.evaluate((url) => void window.open(url, 'course'), lmsUrl)]);
    const sco = async () => {
      for (;;) {
        const frame = popup.frame({ name: 'sco' });
        if (frame) return frame;
        await popup.waitForTimeout(50);
      }
    };
    const frame = await sco();
    await frame.getByRole('button', { name: 'Show my result and certificate' }).click();
    await Promise.all([popup.waitForEvent('close'), frame.getByRole('button', { name: 'Finish and close' }).click()]);
    expect(popup.isClosed()).toBe(true);
    await context.close();
  });
});

describe('the plain web build', () => {
  const webIndex = pathToFileURL(resolve(repoRoot, 'dist/web/index.html')).href;

  it('16. a second tab never overwrites the newer progress of another, and says so', async () => {
    const context = await env.browser.newContext();
    const older = await context.newPage();
    await older.goto(webIndex);
    await start(older.mainFrame());
    const newer = await context.newPage();
    await newer.goto(webIndex);
    await newer.getByRole('button', { name: /^Resume: / }).click();
    for (let i = 0; i < 9; i++) await next(newer.mainFrame());
    await expectPage(newer.mainFrame(), course.pages[9]!);
    // Told at once (the storage event), before the older tab does anything more.
    await older.getByText('This course is open in another tab or window, which has saved newer progress').waitFor();
    const storedProgress = () =>
      older.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('course-progress:'))!)!);
    // The newer tab saves each page turn after the new page is drawn: its last one may still be on its way.
    const savedLocation = async () =>
      decodeState(courseIndex, (JSON.parse(await storedProgress()) as { suspendData: string }).suspendData).state.location;
    await expect.poll(savedLocation).toBe(course.pages[9]!.id);
    const newerProgress = await storedProgress();
    await next(older.mainFrame());
    expect(await storedProgress()).toBe(newerProgress);
    await older.reload();
    await older.getByRole('button', { name: `Resume: ${course.pages[9]!.title}` }).waitFor();
    await context.close();
  });

  it('18. with storage blocked, does not claim to keep progress or notes', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(webIndex);
    await page.getByText('does not let it keep anything on this device').waitFor();
    await start(page.mainFrame());
    const reflectionPage = course.pages.find((p) => p.blocks.some((b) => b.type === 'reflection'))!;
    while (!(await page.getByRole('heading', { level: 1, name: reflectionPage.title, exact: true }).count())) await next(page.mainFrame());
    const block = reflectionPage.blocks.find((b): b is Extract<typeof b, { type: 'reflection' }> => b.type === 'reflection')!;
    await activityOn
      .reflection(page.mainFrame(), block)
      .getByText(/does not let the course keep what you write/)
      .waitFor();
    await context.close();
  });
});
