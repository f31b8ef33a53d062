// One learner per SCORM version who does everything the course offers, in the built package and the strict preview
// LMS: they choose their role with the arrow keys, answer the pre-test, answer every practice question wrong and
// then right, do every activity, write their own words in the reflections and the action plan, fail the final
// assessment twice and pass it on the last attempt, send the evaluation, and press "Finish and close".
// The tests below read this one run (see support/sharedRun.ts), each for what it proves: the record and the API
// log; security and privacy; the LMS's ceiling on interactions; SCORM 1.2's size limits.
import { describe, expect, it } from 'vitest';
import { CMI_NAMES } from '../../preview/shared/cmi-names';
import type { ApiCall, CmiRecord } from '../../preview/shared/lms-types';
import { packageBasePath } from '../../preview/server/page-templates';
import type { CoursePage } from '../../src/content/course';
import { interactionCeiling } from '../../src/core/interactionCeiling';
import { SCORM12_LIMITS } from '../../src/tracking/scorm12Tracker';
import { assertCleanRun, externalRequests, openCourse, type Course } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { course, finishSession, takeFinalAttempt, walkCourse } from './support/learner';
import { callsOf, courseIndex, interactionIds, valuesWritten } from './support/resilience';
import { useSharedRun } from './support/sharedRun';

const env = useBrowserAndPreview();

/** Words only this learner wrote: they must stay on the device. */
const OWN_WORDS = 'Zqx-private-note-7731';
const CEILING = interactionCeiling(courseIndex).total;
/** Items drawn for one attempt of the final assessment. */
const DRAWN = courseIndex.final!.pools.reduce((sum, pool) => sum + pool.draw, 0);

const element = {
  '12': {
    status: 'cmi.core.lesson_status',
    raw: 'cmi.core.score.raw',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    time: 'cmi.core.session_time',
  },
  '2004': { status: 'cmi.success_status', raw: 'cmi.score.raw', location: 'cmi.location', exit: 'cmi.exit', time: 'cmi.session_time' },
} as const;

/** What the run left behind, read once it ended. */
interface FullRun {
  run: Course;
  calls: ApiCall[];
  cmi: CmiRecord;
  terminateCount: number;
  /** The role the learner chose, by its id. */
  chosenRole: string;
  /** Every URL the course's frame requested, and the Content-Security-Policy violations and errors reported. */
  courseRequests: string[];
  cspViolations: string[];
  consoleErrors: string[];
}

/** The learner's own words, typed where the course offers to keep them: each reflection and the action plan. */
async function writeOwnWords(sco: Course['sco'], page: CoursePage): Promise<void> {
  const boxes = sco.locator('section.reflection textarea, section.action-plan textarea');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).fill(`${OWN_WORDS} ${page.id} ${i}`);
}

async function takeFullRun(version: '12' | '2004'): Promise<FullRun> {
  const context = await env.browser.newContext();
  const cspViolations: string[] = [];
  await context.exposeFunction('reportCspViolation', (violation: string) => cspViolations.push(violation));
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

  const run = await openCourse(env.browser, env.preview, { version, context, lms: { maxInteractions: CEILING } });
  // Choosing with the arrow keys goes through several roles before the one the learner starts with.
  const roles = run.sco.getByLabel(course.intake.question);
  await roles.focus();
  for (let i = 0; i < 6; i++) await run.page.keyboard.press('ArrowDown');
  const chosenRole = await roles.inputValue();
  await walkCourse(run.sco, {
    pretest: { rightCount: 4 },
    practice: 'wrong-then-right',
    afterPage: writeOwnWords,
    takeFinal: async (sco) => {
      await takeFinalAttempt(sco, 0);
      await takeFinalAttempt(sco, 0);
      await takeFinalAttempt(sco);
    },
  });
  // The evaluation, from the results screen.
  const form = course.evaluation!;
  await run.sco.getByRole('button', { name: 'Evaluate the course' }).click();
  await run.sco.getByRole('heading', { level: 1, name: form.title }).waitFor();
  for (const item of form.items)
    await run.sco.getByRole('group', { name: item.statement }).getByLabel(form.scale[3]!, { exact: true }).check();
  await run.sco.getByRole('button', { name: 'Send my answers' }).click();
  await run.sco.locator('article.evaluation [role="status"]').waitFor();
  await run.sco.getByRole('button', { name: 'Back to your results' }).click();
  await finishSession(run.sco);

  const full: FullRun = {
    run,
    calls: await run.lms.calls(),
    cmi: (await run.lms.record())!.cmi,
    terminateCount: await run.lms.terminateCount(),
    chosenRole,
    courseRequests,
    cspViolations,
    consoleErrors,
  };
  console.info(
    `SCORM ${version} full run: ${callsOf(full.calls, version, 'commit').length} commits, ${full.calls.length} API calls, ` +
      `${interactionIds(full.cmi).length} interactions (ceiling ${CEILING})`,
  );
  return full;
}

describe.each(['12', '2004'] as const)('SCORM %s: a learner who does everything, in one full run', (version) => {
  const taken = useSharedRun(
    () => takeFullRun(version),
    (full) => full.run.context.close(),
    300_000,
  );

  it('records a completed, passed course with a clean API log', () => {
    const { calls, cmi, terminateCount } = taken();
    assertCleanRun(calls, version);
    expect(terminateCount).toBe(1);
    const names = element[version];
    expect(cmi[names.status]).toBe('passed');
    expect(cmi[names.raw]).toBe('100');
    expect(cmi[names.location]).toBe(course.pages[course.pages.length - 1]!.id);
    // The end-of-session decision: the attempt stays resumable, so the learner can come back to their result.
    expect(cmi[names.exit]).toBe('suspend');
    const sessionTimes = calls.filter((c) => c.args[0] === names.time).map((c) => String(c.args[1]));
    expect(sessionTimes.length).toBeGreaterThan(0);
    for (const time of sessionTimes) expect(time).toMatch(version === '12' ? /^\d{4}:\d{2}:\d{2}\.\d{2}$/ : /^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
    if (version === '2004') {
      expect([cmi['cmi.completion_status'], cmi['cmi.score.scaled'], cmi['cmi.progress_measure']]).toEqual(['completed', '1', '1']);
    }
  });

  it("loads only the package's files, breaks no CSP rule, and never sends the learner's own words", () => {
    const { run, calls, cmi, courseRequests, cspViolations, consoleErrors } = taken();
    assertCleanRun(calls, version);
    const sent = callsOf(calls, version, 'setValue').flatMap((call) => call.args.map(String));
    expect(sent.filter((value) => value.includes(OWN_WORDS))).toEqual([]);
    expect(Object.values(cmi).filter((value) => value.includes(OWN_WORDS))).toEqual([]);

    expect(externalRequests(run.requests)).toEqual([]);
    const packageFiles = new URL(packageBasePath(version), env.preview.url).href;
    expect(courseRequests.length).toBeGreaterThan(0);
    expect(courseRequests.filter((url) => !url.startsWith(packageFiles))).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });

  it('12/2. a full run with every attempt stays under the ceiling an LMS enforces, with one role answer Moodle accepts', () => {
    const { calls, cmi, chosenRole } = taken();
    assertCleanRun(calls, version);
    expect(calls.filter((call) => call.refused)).toEqual([]);
    const ids = interactionIds(cmi);
    expect(ids.length).toBeLessThanOrEqual(CEILING);
    for (const attempt of [1, 2, 3]) expect(ids.filter((id) => id.startsWith(`final.${attempt}.`)).length).toBe(DRAWN);
    expect(ids.filter((id) => id === 'intake.role')).toHaveLength(1);
    // Every practice question answered wrong, then right: recorded once, at its first check.
    expect(ids.filter((id) => id.startsWith('practice.'))).toHaveLength(courseIndex.practiceIds.size);
    expect(ids.filter((id) => id.startsWith('pre.'))).toHaveLength(interactionCeiling(courseIndex).pretest);
    expect(ids.filter((id) => id.startsWith('eval.'))).toHaveLength(course.evaluation!.items.length);
    const responseOf = (n: number) => cmi[`cmi.interactions.${n}.${version === '12' ? 'student_response' : 'learner_response'}`];
    const role = course.intake.roles.find((r) => r.id === chosenRole)!;
    expect(responseOf(ids.indexOf('intake.role'))).toBe(version === '12' ? role.code : role.id.replace(/-/g, '_'));
    for (const id of ids) expect(id).toMatch(/[A-Za-z0-9]$/);
    if (version === '2004') {
      ids.forEach((_, n) => {
        if (!['choice', 'matching'].includes(cmi[`cmi.interactions.${n}.type`] ?? '')) return;
        for (const part of String(responseOf(n)).split(/\[,\]|\[\.\]/)) expect(part).toMatch(/^[\w.]{1,250}$/);
      });
    }
  });

  it('11. stays within the SCORM 1.2 limits with everything answered and every final attempt used', () => {
    const { calls, cmi } = taken();
    assertCleanRun(calls, version);
    const names = CMI_NAMES[version];
    const longest = (name: string) => Math.max(0, ...valuesWritten(calls, version, name).map((value) => value.length));
    expect(longest(names.suspendData)).toBeLessThanOrEqual(SCORM12_LIMITS.suspendData);
    expect(longest(names.location)).toBeLessThanOrEqual(SCORM12_LIMITS.location);
    const ids = interactionIds(cmi);
    for (const attempt of [1, 2, 3]) expect(ids.some((id) => id.startsWith(`final.${attempt}.`))).toBe(true);
    console.info(`SCORM ${version}: longest suspend_data ${longest(names.suspendData)} characters`);
  });
});
