// The LMS preview itself, proven end to end with the hand-written mini SCO in both versions, so
// that the course's own browser tests can trust what the harness reports.
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CMI_NAMES } from '../../preview/shared/cmi-names';
import { assertCleanRun, closeTab, crashTab, externalRequests, openCourse, readStoredRecord, reopenCourse } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { callApiFromSco } from './support/sco-api';

/** What the mini SCO reports about itself on window.__sco. */
interface MiniScoState {
  apiFound: boolean;
  discoveryError: string | null;
  initialized: boolean;
  initializeResult: string | null;
  entry: string | null;
  page: string | null;
  visits: number;
}

declare global {
  interface Window {
    __sco?: MiniScoState;
  }
}

const env = useBrowserAndPreview('mini-sco');

async function miniSco(sco: Frame): Promise<MiniScoState> {
  const state = await sco.evaluate(() => window.__sco);
  if (!state) throw new Error('The mini SCO did not start');
  return state;
}

const INITIALIZE = { '12': 'LMSInitialize', '2004': 'Initialize' } as const;
const COMMIT = { '12': 'LMSCommit', '2004': 'Commit' } as const;
const SET_VALUE = { '12': 'LMSSetValue', '2004': 'SetValue' } as const;
const GET_VALUE = { '12': 'LMSGetValue', '2004': 'GetValue' } as const;
const GET_LAST_ERROR = { '12': 'LMSGetLastError', '2004': 'GetLastError' } as const;
const INITIALIZE_FAILURE = { '12': '101', '2004': '102' } as const;
const COMMIT_FAILURE = { '12': '101', '2004': '391' } as const;

describe.each(['12', '2004'] as const)('SCORM %s harness', (version) => {
  const names = CMI_NAMES[version];
  const status = version === '12' ? 'cmi.core.lesson_status' : 'cmi.completion_status';

  it('stores what the SCO committed, and logs a clean run through Finish', async () => {
    const course = await openCourse(env.browser, env.preview, { version });
    const committed = await course.lms.record();
    expect(committed?.savedBy).toBe('commit');
    expect(committed?.cmi).toMatchObject({
      [names.entry]: 'ab-initio',
      [names.location]: 'page-1',
      [names.suspendData]: '{"visits":1}',
      [names.exit]: 'suspend',
      [status]: 'incomplete',
    });
    const calls = await course.lms.calls();
    expect(calls[0]).toMatchObject({ method: INITIALIZE[version], result: 'true', errorCode: '0' });
    expect(calls.map((call) => call.method)).toContain(COMMIT[version]);
    expect(await course.lms.terminateCount()).toBe(0);

    await course.sco.getByRole('button', { name: 'Finish' }).click();
    expect(await course.lms.terminateCount()).toBe(1);
    const finished = await course.lms.record();
    expect(finished?.savedBy).toBe('terminate');
    expect(finished?.cmi[names.exit]).toBe(version === '12' ? '' : 'normal');
    expect(finished?.cmi[version === '12' ? 'cmi.core.lesson_status' : 'cmi.success_status']).toBe('passed');
    assertCleanRun(await course.lms.calls(), version);
    await course.context.close();
  });

  it('terminates when the tab is closed mid-way, and resumes on the next launch', async () => {
    const course = await openCourse(env.browser, env.preview, { version });
    await course.sco.getByRole('button', { name: 'Next page' }).click();
    await closeTab(course);

    const stored = await readStoredRecord(course.context, env.preview, version);
    expect(stored?.savedBy).toBe('terminate');
    expect(stored?.cmi[names.location]).toBe('page-2');

    const back = await reopenCourse(course);
    expect(await miniSco(back.sco)).toMatchObject({ entry: 'resume', page: 'page-2', visits: 2 });
    expect(await back.lms.cmi(names.entry)).toBe('resume');
    assertCleanRun(await back.lms.calls(), version);
    await course.context.close();
  });

  it('keeps what was committed when the tab is killed without unload events', async () => {
    const course = await openCourse(env.browser, env.preview, { version });
    await course.sco.getByRole('button', { name: 'Next page' }).click();
    await crashTab(course);

    const stored = await readStoredRecord(course.context, env.preview, version);
    expect(stored?.savedBy).toBe('commit');
    expect(stored?.cmi).toMatchObject({ [names.location]: 'page-2', [names.suspendData]: '{"visits":1}' });

    const back = await reopenCourse(course);
    expect(await miniSco(back.sco)).toMatchObject({ entry: 'resume', page: 'page-2', visits: 2 });
    await course.context.close();
  });

  it('adds the reported session_time to total_time, and carries the total into the next session', async () => {
    const start = version === '12' ? '00:10:00' : 'PT10M';
    const course = await openCourse(env.browser, env.preview, {
      version,
      preload: { [names.totalTime]: start, [names.exit]: 'suspend' },
    });
    expect(await course.lms.cmi(names.totalTime)).toBe(start);
    await callApiFromSco(course.sco, version, SET_VALUE[version], [names.sessionTime, version === '12' ? '00:05:00' : 'PT5M']);
    await callApiFromSco(course.sco, version, COMMIT[version], ['']);
    const total = version === '12' ? '00:15:00' : 'PT15M';
    expect((await course.lms.record())?.cmi[names.totalTime]).toBe(total);

    // Killed, so the SCO cannot report a later session_time on the way out.
    await crashTab(course);
    const back = await reopenCourse(course);
    expect(await back.lms.cmi(names.totalTime)).toBe(total);
    await course.context.close();
  });

  it('Relaunch unloads the course first, so what it saves on the way out is kept', async () => {
    // With every Commit failing, only the Terminate on the way out can save anything.
    const course = await openCourse(env.browser, env.preview, { version, faults: { commit: 'false' } });
    expect(await course.lms.record()).toBeNull();

    await course.lms.relaunch();
    expect((await course.lms.record())?.savedBy).toBe('terminate');
    expect(await miniSco(course.sco)).toMatchObject({ entry: 'resume', visits: 2 });
    expect(await course.lms.terminateCount()).toBe(0);
    await course.context.close();
  });

  it('Reset attempt clears the record and starts a first launch', async () => {
    const course = await openCourse(env.browser, env.preview, { version });
    await course.sco.getByRole('button', { name: 'Next page' }).click();
    await course.lms.reset();
    expect(await miniSco(course.sco)).toMatchObject({ entry: 'ab-initio', page: 'page-1', visits: 1 });
    expect((await course.lms.record())?.cmi[names.entry]).toBe('ab-initio');
    await course.context.close();
  });

  it('shows live values, write-only ones too, without touching the SCO error state', async () => {
    const course = await openCourse(env.browser, env.preview, { version });
    await callApiFromSco(course.sco, version, SET_VALUE[version], ['cmi.interactions.0.id', 'q1']);
    await callApiFromSco(course.sco, version, SET_VALUE[version], [names.location, 'x'.repeat(version === '12' ? 300 : 1001)]);
    expect(await course.lms.cmi(names.exit)).toBe('suspend');
    expect(await course.lms.cmi('cmi.interactions._count')).toBe('1');
    expect(await callApiFromSco(course.sco, version, GET_LAST_ERROR[version], [])).not.toBe('0');
    await course.context.close();
  });

  it('gives every call its own error code, and the audit reports the failing one', async () => {
    const course = await openCourse(env.browser, env.preview, { version });
    await callApiFromSco(course.sco, version, SET_VALUE[version], [status, 'bogus']);
    await callApiFromSco(course.sco, version, GET_VALUE[version], [names.location]);
    const calls = await course.lms.calls();
    const [failed, next] = calls.slice(-2);
    expect(failed).toMatchObject({ method: SET_VALUE[version], result: 'false' });
    expect(failed?.errorCode).not.toBe('0');
    expect(next).toMatchObject({ method: GET_VALUE[version], result: 'page-1', errorCode: '0' });
    expect(() => assertCleanRun(calls, version)).toThrow(/left error/);
    await course.context.close();
  });

  describe('faults', () => {
    it('noApi=1 leaves the API undefined', async () => {
      const course = await openCourse(env.browser, env.preview, { version, faults: { noApi: true } });
      const property = version === '12' ? 'API' : 'API_1484_11';
      expect(await course.sco.evaluate((name) => Reflect.get(window.parent, name) === undefined, property)).toBe(true);
      expect(await miniSco(course.sco)).toMatchObject({ apiFound: false, initialized: false });
      expect(await course.lms.calls()).toEqual([]);
      await course.context.close();
    });

    it('apiDelayMs=N attaches the API only after N ms', async () => {
      const course = await openCourse(env.browser, env.preview, { version, faults: { apiDelayMs: 1500 } });
      await expect.poll(async () => (await miniSco(course.sco)).initialized, { timeout: 5000 }).toBe(true);
      // Timed from the LMS page's start rather than by looking early for a missing API, which a busy machine can
      // reach too late: the SCO looks every 200 ms, so an API there sooner would have been called sooner.
      const [first] = await course.lms.calls();
      const pageStart = await course.harness.evaluate(() => performance.timeOrigin);
      expect(first!.time - pageStart).toBeGreaterThanOrEqual(1500);
      expect((await course.lms.record())?.savedBy).toBe('commit');
      await course.context.close();
    });

    it('initialize=false makes Initialize return "false" with an initialization error', async () => {
      const course = await openCourse(env.browser, env.preview, { version, faults: { initialize: 'false' } });
      expect(await miniSco(course.sco)).toMatchObject({ initializeResult: 'false', initialized: false });
      const [first] = await course.lms.calls();
      expect(first).toMatchObject({ method: INITIALIZE[version], result: 'false', errorCode: INITIALIZE_FAILURE[version] });
      expect(await course.lms.record()).toBeNull();
      await course.context.close();
    });

    it('initialize=throw makes Initialize throw', async () => {
      const course = await openCourse(env.browser, env.preview, { version, faults: { initialize: 'throw' } });
      expect(await miniSco(course.sco)).toMatchObject({ initializeResult: 'threw' });
      const [first] = await course.lms.calls();
      expect(first?.threw).toMatch(/Injected fault/);
      await course.context.close();
    });

    it('commit=false with commitFailures=1 fails the first Commit only', async () => {
      const course = await openCourse(env.browser, env.preview, { version, faults: { commit: 'false', commitFailures: 1 } });
      const commits = (await course.lms.calls()).filter((call) => call.method === COMMIT[version]);
      expect(commits).toEqual([expect.objectContaining({ result: 'false', errorCode: COMMIT_FAILURE[version] })]);
      expect(await course.lms.record()).toBeNull();

      await course.sco.getByRole('button', { name: 'Next page' }).click();
      expect((await course.lms.record())?.cmi[names.location]).toBe('page-2');
      await course.context.close();
    });

    it('commit=throw makes Commit throw and saves nothing', async () => {
      const course = await openCourse(env.browser, env.preview, { version, faults: { commit: 'throw' } });
      const commits = (await course.lms.calls()).filter((call) => call.method === COMMIT[version]);
      expect(commits[0]?.threw).toMatch(/Injected fault/);
      expect(await course.lms.record()).toBeNull();
      await course.context.close();
    });

    it('crossOrigin=1 serves the SCO from another origin, where the parent is unreadable', async () => {
      const course = await openCourse(env.browser, env.preview, { version, faults: { crossOrigin: true } });
      expect(new URL(course.sco.url()).origin).toBe(env.preview.scoOrigin);
      const readParent = await course.sco.evaluate(() => {
        try {
          return typeof Reflect.get(window.parent, 'API');
        } catch (error) {
          return error instanceof Error ? error.name : 'unknown';
        }
      });
      expect(readParent).toBe('SecurityError');
      expect(await miniSco(course.sco)).toMatchObject({ apiFound: false, discoveryError: 'SecurityError' });
      expect(await course.lms.calls()).toEqual([]);
      await course.context.close();
    });

    it('preload starts from the given record, and refuses values the data model rejects', async () => {
      const course = await openCourse(env.browser, env.preview, {
        version,
        preload: {
          [names.location]: 'page-7',
          [names.suspendData]: '%%% not json',
          [names.exit]: 'suspend',
          [version === '12' ? 'cmi.core.lesson_status' : 'cmi.success_status']: 'passed',
          [version === '12' ? 'cmi.core.score.raw' : 'cmi.score.raw']: 'not a number',
        },
      });
      expect(await miniSco(course.sco)).toMatchObject({ entry: 'resume', page: 'page-7', visits: 1 });
      expect(await course.lms.cmi(version === '12' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('passed');
      expect(await course.harness.locator('#harness-status').textContent()).toMatch(/refused.*score\.raw/);
      await course.context.close();
    });
  });
});

describe('harness details', () => {
  it('keeps the lesson_status a SCORM 1.2 SCO sets, even below a mastery_score', async () => {
    const course = await openCourse(env.browser, env.preview, { version: '12', preload: { 'cmi.student_data.mastery_score': '90' } });
    await course.sco.getByRole('button', { name: 'Finish' }).click();
    expect((await course.lms.record())?.cmi).toMatchObject({ 'cmi.core.score.raw': '85', 'cmi.core.lesson_status': 'passed' });
    await course.context.close();
  });

  it('reports a mistyped fault option on the page instead of ignoring it', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('lms/scorm12.html?initialize=maybe', env.preview.url).href);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/could not start: initialize must be/);
    expect(await page.evaluate(() => window.__lms)).toBeUndefined();
    await context.close();
  });

  it('never lets a request leave the machine', async () => {
    const course = await openCourse(env.browser, env.preview, { version: '2004' });
    expect(externalRequests(course.requests)).toEqual([]);
    const outcome = await course.sco.evaluate(() =>
      fetch('https://example.com/tracking.gif').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(externalRequests(course.requests)).toEqual(['https://example.com/tracking.gif']);
    await course.context.close();
  });
});
