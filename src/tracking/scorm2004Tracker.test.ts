import { describe, expect, it } from 'vitest';
import { takeFinal, visitEverything } from '../../tests/support/driveSession';
import { engineIndex } from '../../tests/support/fixtures';
import { immediateClock, MemoryTracker } from '../../tests/support/memoryTracker';
import { cmiRecord, errorsIn, scorm2004Lms } from '../../tests/support/scormLms';
import { CourseSession } from '../core/session';
import type { TrackingReport } from '../core/tracker';
import { Scorm2004Tracker } from './scorm2004Tracker';

const index = engineIndex();

function run(setup?: (lms: ReturnType<typeof scorm2004Lms>['lms']) => void) {
  const lms = scorm2004Lms();
  setup?.(lms.lms);
  const session = new CourseSession(index, new Scorm2004Tracker(lms.api), immediateClock, () => new MemoryTracker());
  session.start();
  return { ...lms, session };
}

describe('SCORM 2004 adapter against scorm-again', () => {
  it('records a passed course with every format accepted and no error', () => {
    const { lms, calls, session } = run();
    visitEverything(session, index);
    takeFinal(session, index, 11);
    session.finish();
    const cmi = cmiRecord(lms);
    expect(errorsIn(calls)).toEqual([]);
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe('passed');
    expect([cmi.score.scaled, cmi.score.raw, cmi.score.min, cmi.score.max]).toEqual(['1', '100', '0', '100']);
    expect(cmi.progress_measure).toBe('1');
    // Always suspend (the end-of-session decision): a finished learner comes back to their record.
    expect(cmi.exit).toBe('suspend');
    expect(cmi.location).toBe('final-page');
    expect(cmi.session_time).toMatch(/^PT\d+H\d+M[\d.]+S$/);
    expect(calls.filter((c) => c.method === 'Terminate')).toHaveLength(1);
    const objectives = Object.values(cmi.objectives).map((o: any) => [o.id, o.success_status, o.score.scaled]);
    expect(objectives).toEqual([
      ['obj-a', 'passed', '1'],
      ['obj-b', 'passed', '1'],
    ]);
    const interactions: any[] = Object.values(cmi.interactions);
    expect(interactions.filter((i) => i.id.startsWith('final.1.'))).toHaveLength(3);
    // Once per practice question (visitEverything answers each twice).
    expect(interactions.filter((i) => i.id.startsWith('practice.'))).toHaveLength(3);
    const final = interactions.find((i) => i.id.startsWith('final.1.'))!;
    expect(final.result).toBe('correct');
    expect(final.learner_response).not.toBe('');
    expect(final.description).not.toBe('');
  });

  it('reports a failed attempt with attempts left as incomplete and failed, suspended', () => {
    const { lms, calls, session } = run();
    visitEverything(session, index);
    takeFinal(session, index, 11, 1);
    session.finish();
    expect(errorsIn(calls)).toEqual([]);
    const cmi = cmiRecord(lms);
    expect([cmi.completion_status, cmi.success_status, cmi.score.raw, cmi.exit]).toEqual(['incomplete', 'failed', '33', 'suspend']);
  });

  it('reads location and suspend data only on a resumed launch, and resumes there', () => {
    const first = run();
    first.session.dispatch({ type: 'go', pageId: 'intro' });
    first.session.dispatch({ type: 'go', pageId: 'page-a' });
    first.session.finish();
    const saved = { suspend_data: first.lms.cmi.suspend_data };
    expect(cmiRecord(first.lms).exit).toBe('suspend');

    const second = run((lms) => {
      lms.cmi.entry = 'resume';
      lms.cmi.suspend_data = saved.suspend_data;
    });
    expect(second.session.getSnapshot().state.location).toBe('page-a');
    expect(second.session.getSnapshot().state.visited).toEqual(['intro', 'page-a']);
    expect(errorsIn(second.calls)).toEqual([]);
  });

  it('records the pre-test (with its objective) and the evaluation (likert, neutral) in 2004 formats', () => {
    const { lms, calls, session } = run();
    session.dispatch({ type: 'answerPretest', itemId: 'pre-a2', answer: 't' });
    session.dispatch({ type: 'finishPretest' });
    visitEverything(session, index);
    takeFinal(session, index, 11);
    session.dispatch({ type: 'submitEvaluation', ratings: { relevant: '3', 'will-use': '4' } });
    session.finish();
    expect(errorsIn(calls)).toEqual([]);
    const interactions: any[] = Object.values(cmiRecord(lms).interactions);
    const byId = (id: string) => interactions.find((i) => i.id === id);
    const pre = byId('pre.pre-a2');
    expect([pre.type, pre.learner_response, pre.result, Object.values(pre.objectives)[0]]).toEqual([
      'true-false',
      'true',
      'correct',
      { id: 'obj-a' },
    ]);
    const rating = byId('eval.will-use');
    expect([rating.type, rating.learner_response, rating.result, rating.description]).toEqual(['likert', '4', 'neutral', 'Will use.']);
  });
});

describe('SCORM 2004 editions', () => {
  const report = (suspendData: string): TrackingReport => ({
    location: 'page-a',
    suspendData,
    completion: 'incomplete',
    success: 'unknown',
    retakeAllowed: false,
    scorePercent: null,
    progress: 0.5,
    objectives: [],
    interactions: [],
    exit: 'suspend',
    leaving: false,
    sessionMs: 1000,
  });

  it.each([
    ['3rd', 4000, true],
    ['3rd', 4001, false],
    ['4th', 4001, true],
    ['4th', 64000, true],
  ] as const)('the %s edition stores a %i-character saved state: %s', (edition, length, stored) => {
    const { lms, api } = scorm2004Lms();
    const tracker = new Scorm2004Tracker(api, edition);
    tracker.start();
    lms.cmi.suspend_data = 'previous';
    tracker.save(report('s'.repeat(length)));
    expect(lms.cmi.suspend_data).toBe(stored ? 's'.repeat(length) : 'previous');
    expect(lms.cmi.location).toBe('page-a');
  });
});
