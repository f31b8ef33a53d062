// The cmi5 and xAPI packages end to end: the built zips launched by the preview's LMS page against its LRS, in
// Chromium, as a learner uses them; then the statements the LRS holds, read back as an LMS report would.
import { describe, expect, it } from 'vitest';
import { useBrowserAndPreview } from './support/browserAndPreview';
import {
  categoriesOf,
  lrsAdmin,
  lrsLog,
  openLrsCourse,
  statementsOf,
  verbOf,
  waitForStatement,
  type LrsCourse,
  type LrsLog,
  type Statement,
} from './support/lrs-course';
import { completePage, course, expectPage, next, reachPage, start, takeFinalAttempt, walkCourse } from './support/learner';
import { goToPageFromMenu } from './support/resilience';
import { useSharedRun } from './support/sharedRun';

const env = useBrowserAndPreview();

const firstQuestionPage = course.pages.find((p) => p.blocks.some((b) => b.type === 'question'))!;
const lastLaunch = (log: LrsLog) => log.launches[log.launches.length - 1]!;
const terminatedIn = (sessionId: string) => (s: Statement) =>
  verbOf(s) === 'terminated' && s.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === sessionId;

const definedVerbs = (session: Statement[]) =>
  session.filter((s) => !['launched', 'answered'].includes(verbOf(s))).map((s) => `${verbOf(s)} [${categoriesOf(s).join(', ')}]`);

async function finishAndRead(run: LrsCourse): Promise<{ log: LrsLog; session: Statement[] }> {
  await run.sco.getByRole('button', { name: 'Finish and close' }).click();
  const { sessionId } = lastLaunch(await lrsLog(env.preview));
  const log = await waitForStatement(env.preview, terminatedIn(sessionId));
  return { log, session: statementsOf(log, sessionId) };
}

// One learner who fails the final assessment once and passes it on the next attempt, in one session launched with a
// returnURL: the two tests below read this one run (see support/sharedRun.ts).
describe('cmi5 package: a learner who fails once, then passes', () => {
  const taken = useSharedRun(
    async () => {
      await lrsAdmin(env.preview, 'reset', { profile: 'cmi5' });
      const run = await openLrsCourse(env.browser, env.preview, { profile: 'cmi5', returnUrl: '/?returned=1' });
      await walkCourse(run.sco, {
        takeFinal: async (sco) => {
          await takeFinalAttempt(sco, 5);
          await takeFinalAttempt(sco);
        },
      });
      return { run, ...(await finishAndRead(run)) };
    },
    ({ run }) => run.page.close(),
    180_000,
  );

  it('a learner who completes and passes: initialized first, passed and completed once, terminated last', () => {
    const { log, session } = taken();
    expect(definedVerbs(session)).toEqual(['initialized [cmi5]', 'passed [cmi5, moveon]', 'completed [cmi5, moveon]', 'terminated [cmi5]']);
    expect(verbOf(session[0]!)).toBe('launched');
    expect(verbOf(session[1]!)).toBe('initialized');
    expect(verbOf(session[session.length - 1]!)).toBe('terminated');
    const passed = session.find((s) => verbOf(s) === 'passed')!;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 } });
    expect(passed.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    const answered = session.filter((s) => verbOf(s) === 'answered');
    expect(answered.filter((s) => /interactions\/final\.1\./.test(s.object.id)).length).toBeGreaterThan(0);
    expect(answered.every((s) => categoriesOf(s).length === 0)).toBe(true);
    expect(log.refusals).toEqual([]);
  });

  it('fail then pass in one session: one passed statement (never both in a session), then returnURL', async () => {
    const { run, log, session } = taken();
    expect(definedVerbs(session)).toEqual(['initialized [cmi5]', 'passed [cmi5, moveon]', 'completed [cmi5, moveon]', 'terminated [cmi5]']);
    expect(session.filter((s) => verbOf(s) === 'answered' && /interactions\/final\.[12]\./.test(s.object.id)).length).toBeGreaterThan(0);
    expect(log.refusals).toEqual([]);
    // cmi5 10.2.6: at the end the course's frame goes to the LMS's returnURL.
    await run.page.waitForFunction(
      () => document.querySelector<HTMLIFrameElement>('iframe[name="sco"]')?.contentWindow?.location.search === '?returned=1',
    );
  });
});

describe('cmi5 package, assessment paths', () => {
  it('fail out: failed once with the score, then completed', async () => {
    await lrsAdmin(env.preview, 'reset', { profile: 'cmi5' });
    const run = await openLrsCourse(env.browser, env.preview, { profile: 'cmi5' });
    await walkCourse(run.sco, {
      takeFinal: async (sco) => {
        for (let attempt = 0; attempt < course.attempts; attempt++) await takeFinalAttempt(sco, 5);
      },
    });
    const { session } = await finishAndRead(run);
    expect(definedVerbs(session)).toEqual(['initialized [cmi5]', 'failed [cmi5, moveon]', 'completed [cmi5, moveon]', 'terminated [cmi5]']);
    const failed = session.find((s) => verbOf(s) === 'failed')!;
    expect(failed.result).toMatchObject({ success: false, score: { scaled: expect.any(Number) } });
    expect((failed.result as { score: { scaled: number } }).score.scaled).toBeLessThan(0.8);
    await run.page.close();
  });
});

describe('cmi5 package, sessions', () => {
  it('a learner who closes the tab mid-course: terminated arrives anyway, and the next launch resumes from the State API', async () => {
    await lrsAdmin(env.preview, 'reset', { profile: 'cmi5' });
    const first = await openLrsCourse(env.browser, env.preview, { profile: 'cmi5' });
    const p3 = course.pages[2]!;
    await reachPage(first.sco, 3);
    const { sessionId } = lastLaunch(await lrsLog(env.preview));
    await first.page.close({ runBeforeUnload: true });
    const log = await waitForStatement(env.preview, terminatedIn(sessionId));
    const session = statementsOf(log, sessionId);
    expect(verbOf(session[session.length - 1]!)).toBe('terminated');

    const again = await openLrsCourse(env.browser, env.preview, { profile: 'cmi5', context: first.context });
    await again.sco.getByRole('button', { name: `Resume: ${p3.title}` }).click();
    await expectPage(again.sco, p3);
    expect(lastLaunch(await lrsLog(env.preview)).registration).toBe(log.launches[log.launches.length - 1]!.registration);
    await again.page.close();
  });

  it.each(['Browse', 'Review'] as const)(
    '%s mode: says so, and sends only initialized and terminated, whatever the learner does',
    async (mode) => {
      const run = await openLrsCourse(env.browser, env.preview, { profile: 'cmi5', mode });
      await run.sco.getByText(/Review mode: your learning system opened this course for review/).waitFor();
      await start(run.sco);
      await goToPageFromMenu(run.sco, firstQuestionPage);
      await completePage(run.sco, firstQuestionPage);
      const { sessionId } = lastLaunch(await lrsLog(env.preview));
      await run.page.close({ runBeforeUnload: true });
      const log = await waitForStatement(env.preview, terminatedIn(sessionId));
      expect(statementsOf(log, sessionId).map(verbOf)).toEqual(['launched', 'initialized', 'terminated']);
    },
  );

  it('a fetch URL used twice: the second POST gets error 1, the course keeps its token; a reload asks no more and sends nothing after terminated', async () => {
    await lrsAdmin(env.preview, 'reset', { profile: 'cmi5' });
    const run = await openLrsCourse(env.browser, env.preview, { profile: 'cmi5' });
    await start(run.sco);
    const launch = lastLaunch(await lrsLog(env.preview));
    const second = await (await fetch(new URL(`lrs/fetch/${launch.fetchId}`, env.preview.url), { method: 'POST' })).json();
    expect(second).toMatchObject({ 'error-code': '1' });
    const page = firstQuestionPage;
    await goToPageFromMenu(run.sco, page);
    await completePage(run.sco, page);
    await next(run.sco); // answers go to the LRS with the next save, on the page turn
    await waitForStatement(
      env.preview,
      (s) =>
        verbOf(s) === 'answered' && s.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === launch.sessionId,
    );

    await run.sco.goto(run.sco.url());
    await run.sco.getByText('did not accept the connection').waitFor();
    const log = await waitForStatement(env.preview, terminatedIn(launch.sessionId));
    expect(log.fetchCalls[launch.fetchId!]).toBe(2);
    const session = statementsOf(log, launch.sessionId);
    expect(verbOf(session[session.length - 1]!)).toBe('terminated');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(statementsOf(await lrsLog(env.preview), launch.sessionId)).toHaveLength(session.length);
    await run.page.close();
  });

  it('an LRS that is down for a while: the statements arrive later, in order, once, and the learner was never held up', async () => {
    await lrsAdmin(env.preview, 'reset', { profile: 'cmi5' });
    const run = await openLrsCourse(env.browser, env.preview, { profile: 'cmi5' });
    await start(run.sco);
    const launch = lastLaunch(await lrsLog(env.preview));
    await waitForStatement(
      env.preview,
      (s) =>
        verbOf(s) === 'initialized' &&
        s.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === launch.sessionId,
    );
    await lrsAdmin(env.preview, 'down', { seconds: '6' });
    const began = Date.now();
    const [p1, p2] = course.pages;
    await completePage(run.sco, p1!);
    await next(run.sco);
    await completePage(run.sco, p2!);
    await next(run.sco);
    const page = firstQuestionPage;
    await goToPageFromMenu(run.sco, page);
    await completePage(run.sco, page);
    await next(run.sco);
    expect(Date.now() - began).toBeLessThan(6000);
    expect(statementsOf(await lrsLog(env.preview), launch.sessionId).map(verbOf)).toEqual(['launched', 'initialized']);

    const log = await waitForStatement(
      env.preview,
      (s) =>
        verbOf(s) === 'answered' && s.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === launch.sessionId,
      30_000,
    );
    // One answer per question on that page: a practice question is recorded at its first check only.
    const questions = page.blocks.filter((b) => b.type === 'question').length;
    const answered = async () => statementsOf(await lrsLog(env.preview), launch.sessionId).filter((s) => verbOf(s) === 'answered');
    await expect.poll(async () => (await answered()).length, { timeout: 15_000 }).toBe(questions);
    const session = statementsOf(await lrsLog(env.preview), launch.sessionId);
    const ids = session.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = session.map((s) => Date.parse(s.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(log.refusals).toEqual([]);
    await run.page.close();
  });
});

describe('xAPI package', () => {
  it('a learner who completes and passes: the same verbs with the registration, no cmi5 context, state in the State API', async () => {
    await lrsAdmin(env.preview, 'reset', { profile: 'xapi' });
    const run = await openLrsCourse(env.browser, env.preview, { profile: 'xapi' });
    await walkCourse(run.sco);
    await run.sco.getByRole('button', { name: 'Finish and close' }).click();
    const { registration } = lastLaunch(await lrsLog(env.preview));
    const log = await waitForStatement(env.preview, (s) => verbOf(s) === 'terminated' && s.context.registration === registration);
    const session = log.statements.map((s) => s.statement as Statement).filter((s) => s.context.registration === registration);
    expect(session.filter((s) => verbOf(s) !== 'answered').map(verbOf)).toEqual(['initialized', 'passed', 'completed', 'terminated']);
    expect(session.every((s) => categoriesOf(s).length === 0 && s.context.extensions === undefined)).toBe(true);
    expect(session.filter((s) => verbOf(s) === 'answered').length).toBeGreaterThan(10);
    expect(log.refusals).toEqual([]);
    await run.page.close();
  });

  it('a learner who closes the tab comes back to the same page', async () => {
    await lrsAdmin(env.preview, 'reset', { profile: 'xapi' });
    const first = await openLrsCourse(env.browser, env.preview, { profile: 'xapi' });
    const p2 = course.pages[1]!;
    await reachPage(first.sco, 2);
    const { registration } = lastLaunch(await lrsLog(env.preview));
    await first.page.close({ runBeforeUnload: true });
    await waitForStatement(env.preview, (s) => verbOf(s) === 'terminated' && s.context.registration === registration);
    const again = await openLrsCourse(env.browser, env.preview, { profile: 'xapi', context: first.context });
    await again.sco.getByRole('button', { name: `Resume: ${p2.title}` }).click();
    await expectPage(again.sco, p2);
    await again.page.close();
  });
});
