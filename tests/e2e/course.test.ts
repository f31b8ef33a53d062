// The course engine end to end: the real built packages in the preview LMS, in Chromium, as a learner uses them.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixtures';
import { assertCleanRun, closeTab, openCourse, reopenCourse } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { course, expectPage, finishSession, reachPage, start, walkCourse } from './support/learner';

const env = useBrowserAndPreview();

describe.each(['12', '2004'] as const)('SCORM %s package', (version) => {
  it('puts a learner who closed the tab mid-course back on the same page, with their progress', async () => {
    const first = await openCourse(env.browser, env.preview, { version });
    const [p1, p2, p3] = course.pages;
    await reachPage(first.sco, 3);
    await closeTab(first);

    const again = await reopenCourse(first);
    await again.sco.getByRole('button', { name: `Resume: ${p3!.title}` }).click();
    await expectPage(again.sco, p3!);
    await again.sco.getByRole('button', { name: 'Course menu' }).click();
    const menu = again.sco.getByRole('navigation', { name: 'Course menu' });
    const states = await menu.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(states.slice(0, 3)).toEqual([`${p1!.title}, complete`, `${p2!.title}, complete`, `${p3!.title}, visited`]);
    assertCleanRun(await again.lms.calls(), version);
    await again.page.close();
  });
});

describe('SCORM 2004 3rd edition package', () => {
  it('records a completed, passed course on the 2004 API with a clean log and the saved state within 4000 characters', async () => {
    const run = await openCourse(env.browser, env.preview, { version: '2004', edition: '3rd' });
    expect(await run.sco.locator('meta[name="course-tracking"]').getAttribute('content')).toBe('scorm2004-3rd');
    await walkCourse(run.sco);
    await finishSession(run.sco);

    const calls = await run.lms.calls();
    assertCleanRun(calls, '2004');
    expect(await run.lms.terminateCount()).toBe(1);
    const cmi = (await run.lms.record())!.cmi;
    // Issue 11's end-of-session decision: exit suspend, and "Finish and close" asks for suspendAll (a navigation
    // request of the 3rd edition as of the 4th; the 4th added jump), so the learner comes back to their result.
    expect([cmi['cmi.completion_status'], cmi['cmi.success_status'], cmi['cmi.score.scaled'], cmi['cmi.exit']]).toEqual([
      'completed',
      'passed',
      '1',
      'suspend',
    ]);
    const written = calls.filter((c) => c.method === 'SetValue');
    expect(written.filter((c) => String(c.args[0]).startsWith('adl.')).map((c) => c.args)).toEqual([['adl.nav.request', 'suspendAll']]);
    const saved = calls.filter((c) => c.args[0] === 'cmi.suspend_data').map((c) => String(c.args[1]));
    expect(saved.length).toBeGreaterThan(0);
    for (const value of saved) expect(value.length).toBeLessThanOrEqual(4000);
    await run.page.close();
  });
});

describe('the plain web build', () => {
  it('runs from file:// with no LMS, says nothing is reported, and keeps progress on the device', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(resolve(repoRoot, 'dist/web/index.html')).href);
    await page.getByText('not connected to a learning system').waitFor();
    await start(page.mainFrame());
    await page.getByRole('heading', { level: 1, name: course.pages[0]!.title }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
