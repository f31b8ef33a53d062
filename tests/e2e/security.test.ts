// Security and privacy of the built course in Chromium: during a full run, no request outside the package and no
// violation of its Content-Security-Policy (the policy itself is checked in package.test.ts), and the learner's own
// words (reflections, the action plan) never reach the LMS.
import { describe, expect, it } from 'vitest';
import { packageBasePath } from '../../preview/server/page-templates';
import { assertCleanRun, externalRequests, openCourse } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { course, walkCourse } from './support/learner';
import { callsOf, goToPageFromMenu, openResults } from './support/resilience';

const env = useBrowserAndPreview();

const MARKER = 'Zqx-private-note-7731';
const reflectionPage = course.pages.find((page) => page.blocks.some((block) => block.type === 'reflection'))!;
const actionPlanPage = course.pages.find((page) => page.blocks.some((block) => block.type === 'actionPlan'))!;

describe.each(['12', '2004'] as const)('SCORM %s: a full run', (version) => {
  it("loads only the package's files, breaks no CSP rule, and never sends the learner's own words", { timeout: 240_000 }, async () => {
    const context = await env.browser.newContext();
    const violations: string[] = [];
    await context.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report: unknown = Reflect.get(window, 'reportCspViolation');
        if (typeof report === 'function') report(`${event.violatedDirective} blocked ${event.blockedURI} in ${event.documentURI}`);
      });
    });
    const courseRequests: string[] = [];
    context.on('request', (request) => {
      if (request.frame().name() === 'sco') courseRequests.push(request.url());
    });
    const consoleErrors: string[] = [];
    context.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    const run = await openCourse(env.browser, env.preview, { version, context });
    await walkCourse(run.sco);
    // The learner's own words, typed where the course offers to keep them: a reflection and the action plan.
    for (const page of [reflectionPage, actionPlanPage]) {
      await goToPageFromMenu(run.sco, page);
      const boxes = run.sco.locator('section.reflection textarea, section.action-plan textarea');
      for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).fill(`${MARKER} ${page.id} ${i}`);
    }
    await openResults(run.sco);
    await run.sco.getByRole('button', { name: 'Finish and close' }).click();
    await run.sco.getByText('Your session has ended').waitFor();

    const calls = await run.lms.calls();
    assertCleanRun(calls, version);
    const sent = callsOf(calls, version, 'setValue').flatMap((call) => call.args.map(String));
    expect(sent.filter((value) => value.includes(MARKER))).toEqual([]);
    expect(Object.values((await run.lms.record())!.cmi).filter((value) => value.includes(MARKER))).toEqual([]);

    expect(externalRequests(run.requests)).toEqual([]);
    const packageFiles = new URL(packageBasePath(version), env.preview.url).href;
    expect(courseRequests.length).toBeGreaterThan(0);
    expect(courseRequests.filter((url) => !url.startsWith(packageFiles))).toEqual([]);
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await context.close();
  });
});
