import { describe, expect, it } from 'vitest';
import { takeFinal, visitEverything } from '../../tests/support/driveSession';
import { engineIndex } from '../../tests/support/fixtures';
import { immediateClock, MemoryTracker } from '../../tests/support/memoryTracker';
import { cmiRecord, errorsIn, scorm12Lms } from '../../tests/support/scormLms';
import { CourseSession } from '../core/session';
import type { TrackingReport } from '../core/tracker';
import { SCORM12_LIMITS, Scorm12Tracker } from './scorm12Tracker';

const index = engineIndex();

function run(setup?: (lms: ReturnType<typeof scorm12Lms>['lms']) => void) {
  const lms = scorm12Lms();
  setup?.(lms.lms);
  const session = new CourseSession(index, new Scorm12Tracker(lms.api), immediateClock, () => new MemoryTracker());
  session.start();
  return { ...lms, session };
}

describe('SCORM 1.2 adapter against scorm-again', () => {
  it('records a passed course: status, score 0–100, objectives, interactions, HHHH:MM:SS.SS time, no error', () => {
    const { lms, calls, session } = run();
    expect(cmiRecord(lms).core.lesson_status).toBe('incomplete');
    visitEverything(session, index);
    takeFinal(session, index, 11);
    session.finish();
    const cmi = cmiRecord(lms);
    expect(errorsIn(calls)).toEqual([]);
    expect(cmi.core.lesson_status).toBe('passed');
    expect([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max]).toEqual(['100', '0', '100']);
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.lesson_location).toBe('final-page');
    const sessionTimes = calls.filter((c) => c.args[0] === 'cmi.core.session_time').map((c) => c.args[1]);
    for (const time of sessionTimes) expect(time).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(calls.filter((c) => c.method === 'LMSFinish')).toHaveLength(1);
    expect(calls.findIndex((c) => c.method === 'LMSFinish')).toBe(calls.length - 1);
    expect(Object.values(cmi.objectives).map((o: any) => [o.id, o.status, o.score.raw])).toEqual([
      ['obj-a', 'passed', '100'],
      ['obj-b', 'passed', '100'],
    ]);
    const finals = calls.filter(
      (c) => c.method === 'LMSSetValue' && /^cmi\.interactions\.\d+\.id$/.test(c.args[0]!) && c.args[1]!.startsWith('final.'),
    );
    expect(finals).toHaveLength(3);
    const responses = calls.filter((c) => /student_response$/.test(c.args[0] ?? '')).map((c) => c.args[1]);
    for (const response of responses) expect(response).toMatch(/^([0-9a-z](\.[0-9a-z])?)(,[0-9a-z](\.[0-9a-z])?)*$/);
    const results = calls.filter((c) => /\.result$/.test(c.args[0] ?? '')).map((c) => c.args[1]);
    expect(new Set(results)).toEqual(new Set(['correct', 'wrong']));
  });

  it('reports incomplete after a failed attempt with attempts left, failed when none are left', () => {
    const { lms, calls, session } = run();
    visitEverything(session, index);
    takeFinal(session, index, 11, 0);
    expect(cmiRecord(lms).core.lesson_status).toBe('incomplete');
    expect(cmiRecord(lms).core.score.raw).toBe('0');
    takeFinal(session, index, 12, 1);
    session.finish();
    expect(errorsIn(calls)).toEqual([]);
    expect(cmiRecord(lms).core.lesson_status).toBe('failed');
    expect(cmiRecord(lms).core.exit).toBe('suspend');
  });

  it('never writes incomplete over a completion the LMS already has, even after a failed attempt', () => {
    const { lms, calls, session } = run((lms) => {
      lms.cmi.core.lesson_status = 'completed';
    });
    visitEverything(session, index);
    takeFinal(session, index, 11, 0);
    session.finish();
    const statuses = calls.filter((c) => c.method === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status').map((c) => c.args[1]);
    expect(new Set(statuses)).toEqual(new Set(['completed']));
    expect(cmiRecord(lms).core.lesson_status).toBe('completed');
  });

  it('records the intake answer as a single-character choice with a neutral result', () => {
    const { lms, calls, session } = run();
    session.dispatch({ type: 'setRole', role: 'prosecutor' });
    session.dispatch({ type: 'go', pageId: 'intro' });
    session.finish();
    const set = (suffix: string) => calls.find((c) => c.args[0] === `cmi.interactions.0.${suffix}`)?.args[1];
    expect([set('id'), set('type'), set('student_response'), set('result')]).toEqual(['intake.role', 'choice', 'g', 'neutral']);
    expect(cmiRecord(lms).core.exit).toBe('suspend');
  });

  it('records the pre-test (with its objective) and the evaluation (likert, neutral) in 1.2 formats', () => {
    const { calls, session } = run();
    session.dispatch({ type: 'answerPretest', itemId: 'pre-a1', answer: 'b' });
    session.dispatch({ type: 'finishPretest' });
    visitEverything(session, index);
    takeFinal(session, index, 11);
    session.dispatch({ type: 'submitEvaluation', ratings: { confidence: '5' } });
    session.finish();
    const written = new Map(calls.filter((c) => c.method === 'LMSSetValue').map((c) => [c.args[0] ?? '', c.args[1] ?? '']));
    const at = (id: string) => [...written].find(([element, value]) => element.endsWith('.id') && value === id)![0].replace(/\.id$/, '');
    const pre = at('pre.pre-a1');
    expect([
      written.get(`${pre}.type`),
      written.get(`${pre}.student_response`),
      written.get(`${pre}.result`),
      written.get(`${pre}.objectives.0.id`),
    ]).toEqual(['choice', 'b', 'wrong', 'obj-a']);
    const rating = at('eval.confidence');
    expect([written.get(`${rating}.type`), written.get(`${rating}.student_response`), written.get(`${rating}.result`)]).toEqual([
      'likert',
      '5',
      'neutral',
    ]);
    expect(written.has(`${rating}.correct_responses.0.pattern`)).toBe(false);
    expect(errorsIn(calls)).toEqual([]);
  });

  it('refuses values over the 1.2 limits instead of letting the LMS truncate them, and still saves the rest', () => {
    const { lms, calls } = scorm12Lms();
    const tracker = new Scorm12Tracker(lms);
    expect(tracker.start().ok).toBe(true);
    const report: TrackingReport = {
      location: 'p'.repeat(SCORM12_LIMITS.location + 1),
      suspendData: 'x'.repeat(SCORM12_LIMITS.suspendData + 1),
      completion: 'incomplete',
      success: 'unknown',
      retakeAllowed: false,
      scorePercent: null,
      progress: 0,
      objectives: [],
      interactions: [],
      exit: 'suspend',
      leaving: false,
      sessionMs: 1000,
    };
    expect(tracker.save(report)).toBe(true);
    expect(calls.map((c) => c.args[0])).not.toContain('cmi.suspend_data');
    expect(calls.map((c) => c.args[0])).not.toContain('cmi.core.lesson_location');
    expect(cmiRecord(lms).core.lesson_status).toBe('incomplete');
  });

  it('writes nothing after LMSFinish', () => {
    const { calls, session } = run();
    session.finish();
    const count = calls.length;
    session.dispatch({ type: 'go', pageId: 'page-a' });
    session.flush();
    session.finish();
    expect(calls).toHaveLength(count);
  });
});
