import { describe, expect, it } from 'vitest';
import { engineIndex } from '../../tests/support/fixtures';
import { indexCourse } from './courseIndex';
import { apply, type Action } from './progress';
import { decodeState, encodeState } from './savedState';
import { initialState, type LearnerState } from './state';

const index = engineIndex();

function play(actions: Action[], from: LearnerState = initialState): LearnerState {
  return actions.reduce((state, action) => apply(index, state, action), from);
}

const busyLearner = play([
  { type: 'setRole', role: 'law-enforcement' },
  { type: 'go', pageId: 'intro' },
  { type: 'go', pageId: 'page-a' },
  { type: 'complete', activityId: 'reflect-a' },
  { type: 'answer', questionId: 'kc-a', answer: 'b' },
  { type: 'go', pageId: 'checkpoint-a' },
  { type: 'answer', questionId: 'cp-a2', answer: 'ba-' },
  { type: 'go', pageId: 'final-page' },
  { type: 'startAttempt', seed: 12345 },
]);

describe('saved state', () => {
  it('gives back the same state after a save and a load', () => {
    const attempt = busyLearner.attempts[0]!;
    const answered = play([{ type: 'answerFinal', itemId: attempt.items[0]!, answer: 'a' }], busyLearner);
    const saved = encodeState(index, answered);
    expect(decodeState(index, saved)).toEqual({ state: answered, problem: null });
  });

  it('keeps every attempt, earlier ones included, across a resume', () => {
    const submitted = play([{ type: 'submitAttempt' }, { type: 'startAttempt', seed: 999 }], busyLearner);
    const { state } = decodeState(index, encodeState(index, submitted));
    expect(state.attempts.map((a) => a.score)).toEqual([0, null]);
    expect(state).toEqual(submitted);
  });

  it('keeps the order pages were visited in', () => {
    const backwards = play([
      { type: 'go', pageId: 'final-page' },
      { type: 'go', pageId: 'intro' },
    ]);
    expect(decodeState(index, encodeState(index, backwards)).state.visited).toEqual(['final-page', 'intro']);
  });

  it('is compact', () => {
    expect(encodeState(index, busyLearner).length).toBeLessThan(120);
  });

  it('starts fresh, saying why, when the record is garbage or truncated', () => {
    for (const garbage of ['{"lesson":3}', 'x'.repeat(5000), encodeState(index, busyLearner).slice(0, 17) + '§', '2;Cabcd;Vzz']) {
      const decoded = decodeState(index, garbage);
      expect(decoded.state).toEqual(initialState);
      expect(decoded.problem).not.toBeNull();
    }
  });

  it('refuses a record an LMS cut short at any point, or changed by one character, rather than half reading it', () => {
    const saved = encodeState(index, busyLearner);
    for (let length = 1; length < saved.length; length++) {
      expect(decodeState(index, saved.slice(0, length))).toEqual({ state: initialState, problem: 'unreadable' });
    }
    const altered = saved.replace(/L(.)/, (_, key: string) => `L${key === 'a' ? 'b' : 'a'}`);
    expect(altered).not.toBe(saved);
    expect(decodeState(index, altered).problem).toBe('unreadable');
  });

  it('refuses a record that belongs to another course', () => {
    const other = indexCourse({ ...index.course, id: 'another-course' });
    expect(decodeState(index, encodeState(other, busyLearner)).problem).toBe('other-course');
  });

  it('keeps what still exists when the content changed since the save', () => {
    const saved = encodeState(index, busyLearner);
    const withoutPageA = indexCourse({
      ...index.course,
      pages: index.course.pages.filter((p) => p.id !== 'page-a'),
      sections: index.course.sections.map((s) => ({ ...s, pageIds: s.pageIds.filter((id) => id !== 'page-a') })),
    });
    const { state, problem } = decodeState(withoutPageA, saved);
    expect(problem).toBeNull();
    expect(state.visited).toEqual(['intro', 'checkpoint-a', 'final-page']);
    expect(state.done).toEqual([]);
    expect(state.answers).toEqual({ 'cp-a2': 'ba-' });
    expect(state.role).toBe('law-enforcement');
  });

  it('treats an empty record as a first launch', () => {
    expect(decodeState(index, '')).toEqual({ state: initialState, problem: null });
  });

  it('9. reads a record with white space or line breaks around it, as LMSs store it', () => {
    const saved = encodeState(index, busyLearner);
    expect(decodeState(index, `\r\n  ${saved}\n\t`)).toEqual({ state: busyLearner, problem: null });
  });

  it('19. keeps the day the learner finished, compactly', () => {
    const finished = play([{ type: 'finished', day: 20_526 }], busyLearner);
    const saved = encodeState(index, finished);
    expect(saved).toContain(';Tfu6;');
    expect(decodeState(index, saved).state.finishedOn).toBe(20_526);
    expect(play([{ type: 'finished', day: 30_000 }], finished).finishedOn).toBe(20_526);
  });

  it('17. drops an attempt under way whose items left the course, so it neither scores 0% nor uses up a try', () => {
    const saved = encodeState(index, busyLearner);
    const drawn = new Set(busyLearner.attempts[0]!.items);
    const updated = indexCourse({
      ...index.course,
      quizzes: Object.fromEntries(
        Object.entries(index.course.quizzes).map(([id, quiz]) => [
          id,
          quiz.kind === 'final'
            ? { ...quiz, pools: quiz.pools.map((pool) => ({ ...pool, items: pool.items.filter((item) => !drawn.has(item.id)) })) }
            : quiz,
        ]),
      ),
    });
    const { state, problem } = decodeState(updated, saved);
    expect(problem).toBeNull();
    expect(state.attempts).toEqual([]);
    // Nor can an attempt with no items left be submitted and scored.
    const empty = { ...busyLearner, attempts: [{ ...busyLearner.attempts[0]!, items: ['gone-item'] }] };
    expect(apply(index, empty, { type: 'submitAttempt' })).toBe(empty);
  });
});
