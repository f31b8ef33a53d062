// The strict LMS and its launch options on the real preview page, with the hand-written mini SCO: what a
// refused call looks like, the interaction cap, a blocking Commit, GetValue faults, a dying API, launch
// overrides, and Moodle's review mode after a finished attempt.
import { describe, expect, it } from 'vitest';
import { CMI_NAMES } from '../../preview/shared/cmi-names';
import { openCourse } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { apiOutcome, callApiFromSco } from './support/sco-api';

const env = useBrowserAndPreview('mini-sco');

const SET_VALUE = { '12': 'LMSSetValue', '2004': 'SetValue' } as const;
const GET_VALUE = { '12': 'LMSGetValue', '2004': 'GetValue' } as const;
const COMMIT = { '12': 'LMSCommit', '2004': 'Commit' } as const;
const GET_LAST_ERROR = { '12': 'LMSGetLastError', '2004': 'GetLastError' } as const;
const GET_DIAGNOSTIC = { '12': 'LMSGetDiagnostic', '2004': 'GetDiagnostic' } as const;

describe('a refused SetValue', () => {
  it('SCORM 2004: a hyphenated choice response gets "false" and 406, logged with the reason', async () => {
    const course = await openCourse(env.browser, env.preview, { version: '2004' });
    const set = (element: string, value: string) => callApiFromSco(course.sco, '2004', 'SetValue', [element, value]);
    expect(await set('cmi.interactions.0.id', 'intake.role')).toBe('true');
    expect(await set('cmi.interactions.0.type', 'choice')).toBe('true');
    expect(await set('cmi.interactions.0.learner_response', 'law-enforcement')).toBe('false');
    expect(await callApiFromSco(course.sco, '2004', 'GetLastError', [])).toBe('406');
    expect(await callApiFromSco(course.sco, '2004', GET_DIAGNOSTIC['2004'], [''])).toMatch(/CMIShortIdentifier/);
    const refused = (await course.lms.calls()).find((call) => call.result === 'false');
    expect(refused).toMatchObject({ method: 'SetValue', errorCode: '406', refused: expect.stringMatching(/^strict: "law-enforcement"/) });
    await expect.poll(() => course.harness.locator('#call-log tr.error').first().textContent()).toMatch(/refused by strict.*406/);
    expect(await course.lms.cmi('cmi.interactions.0.learner_response')).toBe('');
    await course.context.close();
  });

  it('SCORM 1.2: a suspend_data over 4096 characters gets "false" and 405, which plain scorm-again would take', async () => {
    const strict = await openCourse(env.browser, env.preview, { version: '12' });
    expect(await callApiFromSco(strict.sco, '12', 'LMSSetValue', ['cmi.suspend_data', 'x'.repeat(4097)])).toBe('false');
    expect(await callApiFromSco(strict.sco, '12', 'LMSGetLastError', [])).toBe('405');
    await strict.context.close();

    const lenient = await openCourse(env.browser, env.preview, { version: '12', lms: { lenient: true } });
    expect(await callApiFromSco(lenient.sco, '12', 'LMSSetValue', ['cmi.suspend_data', 'x'.repeat(4097)])).toBe('true');
    expect(await lenient.harness.locator('#harness-status').textContent()).toMatch(/Lenient/);
    await lenient.context.close();
  });

  it('an index past _count is refused (no gaps)', async () => {
    const course = await openCourse(env.browser, env.preview, { version: '2004' });
    expect(await callApiFromSco(course.sco, '2004', 'SetValue', ['cmi.objectives.1.id', 'obj2'])).toBe('false');
    expect(await callApiFromSco(course.sco, '2004', 'GetLastError', [])).toBe('351');
    await course.context.close();
  });
});

describe.each(['12', '2004'] as const)('SCORM %s launch options', (version) => {
  const names = { ...CMI_NAMES[version], scoreRaw: version === '12' ? 'cmi.core.score.raw' : 'cmi.score.raw' };
  const set = SET_VALUE[version];

  it('maxInteractions=2 refuses interaction index 2', async () => {
    const course = await openCourse(env.browser, env.preview, { version, lms: { maxInteractions: 2 } });
    expect(await callApiFromSco(course.sco, version, set, ['cmi.interactions.0.id', 'q1'])).toBe('true');
    expect(await callApiFromSco(course.sco, version, set, ['cmi.interactions.1.id', 'q2'])).toBe('true');
    expect(await callApiFromSco(course.sco, version, set, ['cmi.interactions.2.id', 'q3'])).toBe('false');
    expect(await callApiFromSco(course.sco, version, GET_LAST_ERROR[version], [])).toBe(version === '12' ? '201' : '351');
    expect((await course.lms.calls()).at(-2)?.refused).toMatch(/^maxInteractions:/);
    expect(await course.lms.cmi('cmi.interactions._count')).toBe('2');
    await course.context.close();
  });

  it('refuse + refuseTimes=1 refuses the first matching SetValue only', async () => {
    const course = await openCourse(env.browser, env.preview, {
      version,
      faults: { refuse: `^${names.location.replace(/\./g, '\\.')}$`, refuseTimes: 1 },
    });
    const locations = (await course.lms.calls()).filter((call) => call.method === set && call.args[0] === names.location);
    expect(locations.map((call) => call.result)).toEqual(['false']);
    expect(locations[0]?.refused).toMatch(/^refuse:/);
    expect(await callApiFromSco(course.sco, version, set, [names.location, 'page-9'])).toBe('true');
    await course.context.close();
  });

  it('commitDelayMs=1500 makes Commit block for 1.5 s', async () => {
    const course = await openCourse(env.browser, env.preview, { version, faults: { commitDelayMs: 1500 } });
    const elapsed = await course.sco.evaluate(
      ({ property, method }) => {
        const api: unknown = Reflect.get(window.parent, property);
        const started = performance.now();
        Reflect.apply(Reflect.get(api as object, method) as () => unknown, api, ['']);
        return performance.now() - started;
      },
      { property: version === '12' ? 'API' : 'API_1484_11', method: COMMIT[version] },
    );
    // Pages read a coarsened clock (0.1 ms steps, with jitter), and the LMS page times the wait on its own clock.
    expect(elapsed).toBeGreaterThanOrEqual(1499);
    await course.context.close();
  });

  it('getValueFault answers null, undefined, a number, or throws, and logs it', async () => {
    const course = await openCourse(env.browser, env.preview, {
      version,
      faults: {
        getValueFault: [
          { element: names.learnerName, mode: 'null' },
          { element: names.learnerId, mode: 'undefined' },
          { element: names.location, mode: 'number' },
          { element: names.credit, mode: 'throw' },
        ],
      },
    });
    const get = (element: string) => apiOutcome(course.sco, version, GET_VALUE[version], [element]);
    expect(await get(names.learnerName)).toEqual({ type: 'null', value: 'null' });
    expect(await get(names.learnerId)).toEqual({ type: 'undefined', value: 'undefined' });
    expect(await get(names.location)).toEqual({ type: 'number', value: 'NaN' });
    expect((await get(names.credit)).threw).toMatch(/Injected fault: getValueFault=/);
    expect(await get(names.mode)).toEqual({ type: 'string', value: 'normal' });
    const logged = (await course.lms.calls()).filter((call) => call.injected || call.threw);
    expect(logged.map((call) => call.args[0])).toEqual([names.learnerName, names.learnerId, names.location, names.credit]);
    await course.context.close();
  });

  it('apiDiesAfterMs makes every call throw once the time is up', async () => {
    const course = await openCourse(env.browser, env.preview, { version, faults: { apiDiesAfterMs: 2000 } });
    await course.page.waitForTimeout(2100);
    expect((await apiOutcome(course.sco, version, GET_VALUE[version], [names.location])).threw).toMatch(/LMS window has gone/);
    expect((await course.lms.calls()).at(-1)?.threw).toMatch(/apiDiesAfterMs=2000/);
    await course.context.close();
  });

  it('entry, mode, credit and the pass mark are what the launch says, with the stored record still handed over', async () => {
    const passMark = version === '12' ? { masteryScore: 90 } : { scaledPassingScore: 0.9 };
    const course = await openCourse(env.browser, env.preview, {
      version,
      preload: { [names.scoreRaw]: '40', [names.exit]: 'suspend' },
      lms: { entry: 'ab-initio', mode: 'browse', credit: 'no-credit', ...passMark },
    });
    expect(await course.lms.cmi(names.entry)).toBe('ab-initio');
    expect(await course.lms.cmi(names.mode)).toBe('browse');
    expect(await course.lms.cmi(names.credit)).toBe('no-credit');
    expect(await course.lms.cmi(names.scoreRaw)).toBe('40');
    const passMarkElement = version === '12' ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score';
    expect(await callApiFromSco(course.sco, version, GET_VALUE[version], [passMarkElement])).toBe(version === '12' ? '90' : '0.9');
    await course.context.close();
  });
});

describe('lmsProfile=moodle', () => {
  it('SCORM 2004: after Finish (exit "normal") the relaunch is review mode with a fresh record; the gradebook keeps 85', async () => {
    const course = await openCourse(env.browser, env.preview, { version: '2004', lms: { lmsProfile: 'moodle' } });
    await course.sco.getByRole('button', { name: 'Next page' }).click();
    await course.sco.getByRole('button', { name: 'Finish' }).click();
    expect((await course.lms.record())?.cmi).toMatchObject({
      'cmi.exit': 'normal',
      'cmi.completion_status': 'completed',
      'cmi.score.raw': '85',
    });

    await course.lms.relaunch();
    expect(await course.lms.cmi('cmi.mode')).toBe('review');
    expect(await course.lms.cmi('cmi.credit')).toBe('no-credit');
    expect(await course.lms.cmi('cmi.entry')).toBe('ab-initio');
    // Nothing handed back: no score, and the SCO found no suspend_data (visits starts again at 1).
    expect(await course.lms.cmi('cmi.score.raw')).toBe('');
    expect(await course.sco.evaluate(() => window.__sco)).toMatchObject({ entry: 'ab-initio', page: 'page-1', visits: 1 });
    // What the SCO writes in review mode lands on Moodle's record of the attempt, over what it held.
    expect((await course.lms.record())?.cmi).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.score.raw': '85',
      'cmi.location': 'page-1',
    });
    expect(await course.lms.moodle()).toEqual({ attempt: 1, grade: 85 });
    await expect
      .poll(() => course.harness.locator('#moodle-state').textContent())
      .toMatch(/attempt 1, opened in review mode \(no-credit\).*Highest grade.*: 85/);
    await course.context.close();
  });

  it('SCORM 1.2: a passed attempt reopens in review mode with its data; mastery_score decides at LMSFinish', async () => {
    const course = await openCourse(env.browser, env.preview, { version: '12', lms: { lmsProfile: 'moodle', masteryScore: 90 } });
    await course.sco.getByRole('button', { name: 'Finish' }).click();
    // The mini SCO reports passed with 85; Moodle's LMSFinish applies the mastery score of 90.
    expect((await course.lms.record())?.cmi).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '85' });

    await course.lms.relaunch();
    expect(await course.lms.cmi('cmi.core.lesson_mode')).toBe('review');
    expect(await course.lms.cmi('cmi.core.credit')).toBe('no-credit');
    expect(await course.lms.cmi('cmi.core.entry')).toBe('');
    expect(await course.lms.cmi('cmi.suspend_data')).toBe('{"visits":1}');
    expect(await course.lms.moodle()).toEqual({ attempt: 1, grade: 85 });
    await course.context.close();
  });
});
