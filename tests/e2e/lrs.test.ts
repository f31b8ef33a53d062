// The cmi5 and xAPI packages end to end: the built zips launched by the preview's LMS page against its LRS, in
// Chromium, as a learner uses them; then the statements the LRS holds, read back as an LMS report would.
import { describe, expect, it } from 'vitest';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { categoriesOf, lrsLog, openLrsCourse, statementsOf, verbOf, waitForStatement, type LrsLog, type Statement } from './support/lrs-course';
import { walkCourse } from './support/learner';

const env = useBrowserAndPreview();

const lastLaunch = (log: LrsLog) => log.launches[log.launches.length - 1]!;
const terminatedIn = (sessionId: string) => (s: Statement) =>
  verbOf(s) === 'terminated' && s.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === sessionId;

describe('cmi5 package', () => {
  it('a learner who completes and passes: initialized first, passed and completed once, terminated last', async () => {
    const run = await openLrsCourse(env.browser, env.preview, { profile: 'cmi5' });
    await walkCourse(run.sco);
    await run.sco.getByRole('button', { name: 'Finish and close' }).click();
    const { sessionId } = lastLaunch(await lrsLog(env.preview));
    const log = await waitForStatement(env.preview, terminatedIn(sessionId));
    const session = statementsOf(log, sessionId);
    const defined = session.filter((s) => verbOf(s) !== 'launched' && verbOf(s) !== 'answered');
    expect(defined.map((s) => `${verbOf(s)} [${categoriesOf(s).join(', ')}]`)).toEqual([
      'initialized [cmi5]',
      'passed [cmi5, moveon]',
      'completed [cmi5, moveon]',
      'terminated [cmi5]',
    ]);
    expect(verbOf(session[0]!)).toBe('launched');
    expect(verbOf(session[1]!)).toBe('initialized');
    expect(verbOf(session[session.length - 1]!)).toBe('terminated');
    const passed = defined[1]!;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 } });
    expect(passed.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    const answered = session.filter((s) => verbOf(s) === 'answered');
    expect(answered.filter((s) => /interactions\/final\.1\./.test(s.object.id)).length).toBeGreaterThan(0);
    expect(answered.every((s) => categoriesOf(s).length === 0)).toBe(true);
    expect(log.refusals).toEqual([]);
    await run.page.close();
  });
});
