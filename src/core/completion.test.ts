import { describe, expect, it } from 'vitest';
import { wrongAnswer } from '../../tests/support/driveSession';
import { engineIndex } from '../../tests/support/fixtures';
import { correctAnswer } from './answers';
import { completion, isPageComplete, objectiveStatuses, progressMeasure, scorePercent, success } from './completion';
import { drawItems, finalStatus } from './finalAssessment';
import { optionOrder } from './shuffle';
import { apply, type Action } from './progress';
import { initialState, type LearnerState } from './state';

const index = engineIndex();
const play = (actions: Action[], from: LearnerState = initialState) => actions.reduce((s, a) => apply(index, s, a), from);

function answerAll(state: LearnerState, right: (itemId: string, i: number) => boolean): LearnerState {
  const attempt = state.attempts[state.attempts.length - 1]!;
  return play(
    attempt.items.map((itemId, i) => {
      const answer = right(itemId, i) ? correctAnswer(index.questionById.get(itemId)!) : wrongAnswer(index, itemId);
      return { type: 'answerFinal', itemId, answer };
    }),
    state,
  );
}

const allContentDone = play([
  { type: 'go', pageId: 'intro' },
  { type: 'go', pageId: 'page-a' },
  { type: 'complete', activityId: 'reflect-a' },
  { type: 'answer', questionId: 'kc-a', answer: 'b' },
  { type: 'go', pageId: 'checkpoint-a' },
  { type: 'answer', questionId: 'cp-a1', answer: 'f' },
  { type: 'answer', questionId: 'cp-a2', answer: 'abc' },
  { type: 'go', pageId: 'page-b' },
  { type: 'go', pageId: 'final-page' },
]);

describe('page and course completion', () => {
  it('needs the page visited and each of its activities done; a wrong practice answer still counts as done', () => {
    const visitedOnly = play([{ type: 'go', pageId: 'page-a' }]);
    expect(isPageComplete(index, visitedOnly, 'page-a')).toBe(false);
    const reflected = play([{ type: 'complete', activityId: 'reflect-a' }], visitedOnly);
    expect(isPageComplete(index, reflected, 'page-a')).toBe(false);
    expect(isPageComplete(index, play([{ type: 'answer', questionId: 'kc-a', answer: 'b' }], reflected), 'page-a')).toBe(true);
  });

  it('stays incomplete until the final assessment is passed, then is completed and passed with the score', () => {
    expect(completion(index, allContentDone)).toBe('incomplete');
    expect(progressMeasure(index, allContentDone)).toBeCloseTo(4 / 5);
    const passed = play(
      [{ type: 'submitAttempt' }],
      answerAll(play([{ type: 'startAttempt', seed: 7 }], allContentDone), () => true),
    );
    expect(completion(index, passed)).toBe('completed');
    expect(success(index, passed)).toBe('passed');
    expect(scorePercent(index, passed)).toBe(100);
    expect(objectiveStatuses(index, passed).map((o) => [o.id, o.completion, o.success, o.scorePercent])).toEqual([
      ['obj-a', 'completed', 'passed', 100],
      ['obj-b', 'completed', 'passed', 100],
    ]);
  });

  it('lets a failed learner retry with a new draw, and ends failed when no attempts are left', () => {
    const failedOnce = play(
      [{ type: 'submitAttempt' }],
      answerAll(play([{ type: 'startAttempt', seed: 7 }], allContentDone), (_, i) => i === 0),
    );
    expect(scorePercent(index, failedOnce)).toBe(33);
    expect(success(index, failedOnce)).toBe('failed');
    expect(finalStatus(index, failedOnce)).toEqual({ kind: 'failed', score: 33, attemptsLeft: 1 });
    expect(completion(index, failedOnce)).toBe('incomplete');

    const failedOut = play([{ type: 'submitAttempt' }], play([{ type: 'startAttempt', seed: 8 }], failedOnce));
    expect(finalStatus(index, failedOut)).toEqual({ kind: 'failed', score: 0, attemptsLeft: 0 });
    expect(completion(index, failedOut)).toBe('completed');
    expect(play([{ type: 'startAttempt', seed: 9 }], failedOut)).toBe(failedOut);
  });

  it('does not start another attempt after a pass', () => {
    const passed = play(
      [{ type: 'submitAttempt' }],
      answerAll(play([{ type: 'startAttempt', seed: 7 }], allContentDone), () => true),
    );
    expect(play([{ type: 'startAttempt', seed: 1 }], passed)).toBe(passed);
  });
});

describe('the final draw', () => {
  it('draws the configured number per objective, the same for the same seed', () => {
    const items = drawItems(index, 42);
    expect(items).toHaveLength(3);
    expect(items.filter((id) => id.startsWith('fa-a'))).toHaveLength(2);
    expect(drawItems(index, 42)).toEqual(items);
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => drawItems(index, seed).join()));
    expect(draws.size).toBeGreaterThan(3);
  });

  it('shuffles options reproducibly per item', () => {
    const options = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(optionOrder(options, 5, 'x')).toEqual(optionOrder(options, 5, 'x'));
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        optionOrder(options, seed, 'x')
          .map((o) => o.id)
          .join(''),
      ),
    );
    expect(orders.size).toBeGreaterThan(5);
  });

  it('ignores answers to items not drawn and answers that cannot belong to the item', () => {
    const started = play([{ type: 'startAttempt', seed: 3 }], allContentDone);
    const notDrawn = ['fa-a1', 'fa-a2', 'fa-a3', 'fa-b1', 'fa-b2'].find((id) => !started.attempts[0]!.items.includes(id))!;
    expect(play([{ type: 'answerFinal', itemId: notDrawn, answer: 'a' }], started)).toBe(started);
    expect(play([{ type: 'answerFinal', itemId: started.attempts[0]!.items[0]!, answer: 'zz' }], started)).toBe(started);
  });
});
