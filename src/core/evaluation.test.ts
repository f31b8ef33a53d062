import { describe, expect, it } from 'vitest';
import { takeFinal, visitEverything } from '../../tests/support/driveSession';
import { engineIndex } from '../../tests/support/fixtures';
import { immediateClock, MemoryTracker } from '../../tests/support/memoryTracker';
import { evaluationOpen } from './evaluation';
import { decodeState, encodeState } from './savedState';
import { CourseSession } from './session';

const index = engineIndex();

function learner(finalDone: boolean) {
  const tracker = new MemoryTracker();
  const session = new CourseSession(index, tracker, immediateClock, () => new MemoryTracker());
  session.start();
  visitEverything(session, index);
  if (finalDone) takeFinal(session, index, 5);
  return { session, tracker };
}

describe('the end-of-course evaluation', () => {
  it('is offered only once the final assessment is over', () => {
    const before = learner(false);
    expect(evaluationOpen(index, before.session.getSnapshot().state)).toBe(false);
    before.session.dispatch({ type: 'submitEvaluation', ratings: { relevant: '5' } });
    expect(before.session.getSnapshot().state.evaluation).toBeNull();
    expect(evaluationOpen(index, learner(true).session.getSnapshot().state)).toBe(true);
  });

  it('takes ratings 1–5 for its own statements only, at least one, and once', () => {
    const { session } = learner(true);
    const refused: Record<string, string>[] = [{}, { relevant: '6' }, { relevant: '0' }, { unknown: '3' }, { relevant: 'agree' }];
    for (const ratings of refused) {
      session.dispatch({ type: 'submitEvaluation', ratings });
      expect(session.getSnapshot().state.evaluation, JSON.stringify(ratings)).toBeNull();
    }
    session.dispatch({ type: 'submitEvaluation', ratings: { relevant: '4', confidence: '5' } });
    expect(session.getSnapshot().state.evaluation).toEqual({ relevant: '4', confidence: '5' });
    session.dispatch({ type: 'submitEvaluation', ratings: { clear: '1' } });
    expect(session.getSnapshot().state.evaluation).toEqual({ relevant: '4', confidence: '5' });
    expect(evaluationOpen(index, session.getSnapshot().state)).toBe(false);
  });

  it('reports each rating as a likert interaction eval.<statement>, neutral, with no right answer', () => {
    const { session, tracker } = learner(true);
    const before = tracker.saves.flatMap((s) => s.interactions).length;
    session.dispatch({ type: 'submitEvaluation', ratings: { confidence: '2', relevant: '4' } });
    session.flush();
    const reported = tracker.saves.flatMap((s) => s.interactions).slice(before);
    expect(
      reported.map((r) => ({
        id: r.id,
        type: r.type,
        response: r.response,
        correct: r.correct,
        result: r.result,
        objectiveId: r.objectiveId,
      })),
    ).toEqual([
      {
        id: 'eval.relevant',
        type: 'likert',
        response: { kind: 'likert', value: '4' },
        correct: null,
        result: 'neutral',
        objectiveId: null,
      },
      {
        id: 'eval.confidence',
        type: 'likert',
        response: { kind: 'likert', value: '2' },
        correct: null,
        result: 'neutral',
        objectiveId: null,
      },
    ]);
    expect(reported[0]!.description).toBe('Relevant.');
  });

  it('changes nothing about completion or success, and is kept in the saved state', () => {
    const { session, tracker } = learner(true);
    session.flush();
    const { completion, success, scorePercent } = tracker.last!;
    session.dispatch({ type: 'submitEvaluation', ratings: { relevant: '1', clear: '1' } });
    session.flush();
    expect([tracker.last!.completion, tracker.last!.success, tracker.last!.scorePercent]).toEqual([completion, success, scorePercent]);
    const state = session.getSnapshot().state;
    expect(encodeState(index, state)).toMatch(/;E[0-9a-z]{4}1,[0-9a-z]{4}1;/);
    expect(decodeState(index, encodeState(index, state)).state).toEqual(state);
  });
});
