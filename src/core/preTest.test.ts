import { describe, expect, it } from 'vitest';
import { engineIndex } from '../../tests/support/fixtures';
import { immediateClock, MemoryTracker } from '../../tests/support/memoryTracker';
import { correctAnswer } from './answers';
import { pretestItems, pretestOpen, pretestScores } from './preTest';
import { apply, type Action } from './progress';
import { decodeState, encodeState } from './savedState';
import { CourseSession } from './session';
import { initialState, type LearnerState } from './state';

const index = engineIndex();
const play = (actions: Action[], from: LearnerState = initialState) => actions.reduce((state, action) => apply(index, state, action), from);
const seeded = play([{ type: 'seedShuffle', seed: 99 }]);
const shown = pretestItems(index, 99);

describe('the knowledge pre-test', () => {
  it("shows each pool's draw, objective by objective, in the learner's order", () => {
    expect(
      shown
        .map((item) => item.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['pre-a1', 'pre-a2']);
    expect(shown.filter((item) => item.objective === 'obj-b')).toHaveLength(2);
    expect(pretestItems(index, 99)).toEqual(shown);
    const draws = new Set(
      Array.from({ length: 10 }, (_, seed) =>
        pretestItems(index, seed)
          .map((item) => item.id)
          .join(),
      ),
    );
    expect(draws.size).toBeGreaterThan(1);
  });

  it('is open before the first lesson, through the introduction, and closes once a lesson is opened', () => {
    expect(pretestOpen(index, seeded)).toBe(true);
    expect(pretestOpen(index, play([{ type: 'go', pageId: 'intro' }], seeded))).toBe(true);
    const inLesson = play([{ type: 'go', pageId: 'page-a' }], seeded);
    expect(pretestOpen(index, inLesson)).toBe(false);
    expect(play([{ type: 'answerPretest', itemId: 'pre-a1', answer: 'a' }], inLesson)).toBe(inLesson);
  });

  it('keeps answers as they are given, takes back an answer that chooses nothing, and fixes them when finished', () => {
    let state = play(
      [
        { type: 'answerPretest', itemId: 'pre-a1', answer: 'b' },
        { type: 'answerPretest', itemId: 'pre-a2', answer: 't' },
      ],
      seeded,
    );
    expect(state.pretest).toEqual({ finished: false, answers: { 'pre-a1': 'b', 'pre-a2': 't' } });
    state = play(
      [
        { type: 'answerPretest', itemId: 'pre-a1', answer: '' },
        { type: 'answerPretest', itemId: 'pre-a1', answer: 'z' },
      ],
      state,
    );
    expect(state.pretest?.answers).toEqual({ 'pre-a2': 't' });
    expect(play([{ type: 'answerPretest', itemId: 'fa-a1', answer: 'a' }], state)).toBe(state);
    state = play([{ type: 'finishPretest' }], state);
    expect(state.pretest).toEqual({ finished: true, answers: { 'pre-a2': 't' } });
    expect(play([{ type: 'answerPretest', itemId: 'pre-a1', answer: 'a' }], state)).toBe(state);
    expect(pretestOpen(index, state)).toBe(false);
  });

  it('scores each objective on the items shown (a blank counts as not known); skipped gives no scores', () => {
    const answers: Action[] = shown.map((item, i) => ({
      type: 'answerPretest',
      itemId: item.id,
      answer: i === 0 ? 'b' : correctAnswer(item),
    }));
    const finished = play([...answers.slice(0, 3), { type: 'finishPretest' }], seeded);
    expect(pretestScores(index, finished)).toEqual(
      new Map([
        ['obj-a', 50],
        ['obj-b', 50],
      ]),
    );
    expect(pretestScores(index, play([{ type: 'finishPretest' }], seeded))).toBeNull();
    expect(pretestScores(index, play(answers, seeded))).toBeNull();
  });

  it('is kept in the saved state, finished or not', () => {
    const open = play([{ type: 'answerPretest', itemId: 'pre-a1', answer: 'c' }], seeded);
    expect(decodeState(index, encodeState(index, open)).state.pretest).toEqual(open.pretest);
    const finished = play([{ type: 'finishPretest' }], open);
    expect(encodeState(index, finished)).toMatch(/;P1\.[0-9a-z]{4}c;/);
    expect(decodeState(index, encodeState(index, finished)).state).toEqual(finished);
  });

  it('reports each answered item once when finished, as pre.<item> with its objective; a skip reports nothing', () => {
    const tracker = new MemoryTracker();
    const session = new CourseSession(index, tracker, immediateClock, () => new MemoryTracker());
    session.start();
    const items = pretestItems(index, session.getSnapshot().state.shuffleSeed);
    session.dispatch({ type: 'answerPretest', itemId: items[0]!.id, answer: correctAnswer(items[0]!) });
    session.dispatch({ type: 'answerPretest', itemId: items[2]!.id, answer: correctAnswer(items[2]!) });
    session.flush();
    expect(tracker.saves.flatMap((s) => s.interactions)).toEqual([]);
    session.dispatch({ type: 'finishPretest' });
    session.dispatch({ type: 'go', pageId: 'intro' });
    const reported = tracker.saves.flatMap((s) => s.interactions);
    expect(reported.map((r) => [r.id, r.objectiveId, r.result])).toEqual([
      [`pre.${items[0]!.id}`, 'obj-a', 'correct'],
      [`pre.${items[2]!.id}`, 'obj-b', 'correct'],
    ]);
    expect(reported[1]!.type).toBe(items[2]!.kind === 'matching' ? 'matching' : 'choice');

    const skipper = new MemoryTracker();
    const other = new CourseSession(index, skipper, immediateClock, () => new MemoryTracker());
    other.start();
    other.dispatch({ type: 'finishPretest' });
    other.dispatch({ type: 'go', pageId: 'intro' });
    expect(skipper.saves.flatMap((s) => s.interactions)).toEqual([]);
    expect(other.getSnapshot().state.pretest).toEqual({ finished: true, answers: {} });
  });

  it('counts toward nothing: completion, success and score are the same with or without it', () => {
    const withPretest = play([{ type: 'answerPretest', itemId: 'pre-a1', answer: 'a' }, { type: 'finishPretest' }], seeded);
    const tracker = (state: LearnerState) => {
      const t = new MemoryTracker({ resumed: true, suspendData: encodeState(index, state) });
      const session = new CourseSession(index, t, immediateClock, () => new MemoryTracker());
      session.start();
      const { completion, success, scorePercent, progress } = t.last!;
      return { completion, success, scorePercent, progress };
    };
    expect(tracker(withPretest)).toEqual(tracker(seeded));
  });
});
