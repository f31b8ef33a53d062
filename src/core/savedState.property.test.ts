// The saved-state codec against the real course, with learners fast-check makes up: any mix of navigation,
// answers (valid and not), activities, role and final attempts must come back unchanged after a save and a
// load, and must fit SCORM 1.2's suspend_data. Whatever string an LMS hands back, decoding must not throw.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../tests/support/fixtures';
import { worstCaseState } from '../../tests/support/worstCaseState';
import { loadCourse } from '../content/load';
import type { Question } from '../content/schema';
import { SCORM12_LIMITS } from '../tracking/scorm12Tracker';
import { indexCourse } from './courseIndex';
import { apply, type Action } from './progress';
import { SEED_LIMIT } from './random';
import { decodeState, encodeState } from './savedState';
import { shortKey } from './shortKey';
import { initialState } from './state';

const index = indexCourse(loadCourse(repoRoot));
const questions = [...index.questionById.values()];
const finalItems = questions.filter((q) => !index.practiceIds.has(q.id));
const NOT_IN_COURSE = 'not-in-this-course';

/** Letters the question's answers are made of; any string of them may or may not be a valid answer. */
function answerLetters(question: Question): string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'trueFalse':
      return ['t', 'f'];
    case 'matching':
      return [...question.pairs.map((p) => p.id), '-'];
  }
}

/** Answers a learner could give (a valid answer, mostly) and ones no control produces. */
function answerTo(question: Question): fc.Arbitrary<string> {
  const letters = answerLetters(question);
  const valid =
    question.kind === 'multiple'
      ? fc.subarray(letters, { minLength: 1 }).map((chosen) => [...chosen].sort().join(''))
      : question.kind === 'matching'
        ? fc
            .array(fc.constantFrom(...letters), { minLength: question.pairs.length, maxLength: question.pairs.length })
            .map((l) => l.join(''))
        : fc.constantFrom(...letters);
  const invalid = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.array(fc.constantFrom(...letters), { maxLength: 8 }).map((l) => l.join('')),
  );
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: invalid, weight: 1 });
}

const question = (from: Question[]) => fc.constantFrom(...from);
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...index.pageOrder, NOT_IN_COURSE).map((pageId): Action => ({ type: 'go', pageId })) },
  {
    weight: 4,
    arbitrary: question(questions).chain((q) => answerTo(q).map((answer): Action => ({ type: 'answer', questionId: q.id, answer }))),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...index.activityIds, NOT_IN_COURSE).map((activityId): Action => ({ type: 'complete', activityId })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...index.course.intake.roles.map((r) => r.id), null, NOT_IN_COURSE)
      .map((role): Action => ({ type: 'setRole', role })),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: SEED_LIMIT - 1 }).map((seed): Action => ({ type: 'startAttempt', seed })) },
  {
    // About half of these are items of the current draw; the rest must be ignored.
    weight: 6,
    arbitrary: question(finalItems).chain((q) => answerTo(q).map((answer): Action => ({ type: 'answerFinal', itemId: q.id, answer }))),
  },
  { weight: 1, arbitrary: fc.constant<Action>({ type: 'submitAttempt' }) },
);

let longestSeen = 0;
afterAll(() => {
  console.info(`saved state: longest encoding seen ${longestSeen} characters (SCORM 1.2 allows ${SCORM12_LIMITS.suspendData})`);
});

describe('saved state, for any learner of the real course', () => {
  it('gives back the same state after a save and a load, and always fits SCORM 1.2', () => {
    fc.assert(
      // Sequences of every length up to 300, so short sessions and long ones (several attempts) both come up.
      fc.property(fc.array(action, { maxLength: 300, size: 'max' }), (actions) => {
        const state = actions.reduce((learner, step) => apply(index, learner, step), initialState);
        const saved = encodeState(index, state);
        longestSeen = Math.max(longestSeen, saved.length);
        expect(saved.length).toBeLessThanOrEqual(SCORM12_LIMITS.suspendData);
        expect(decodeState(index, saved)).toEqual({ state, problem: null });
      }),
      { numRuns: 300 },
    );
  });

  it('is never longer than the worst case the course can produce', () => {
    const worst = encodeState(index, worstCaseState(index)).length;
    expect(worst).toBeLessThanOrEqual(SCORM12_LIMITS.suspendData);
    expect(longestSeen).toBeLessThanOrEqual(worst);
  });
});

describe('decoding whatever an LMS hands back', () => {
  const courseKey = shortKey(index.course.id);
  /** Fields made of the codec's own characters, so parsing gets past the envelope and into each field. */
  const fieldish = fc.array(fc.constantFrom(...'0123456789abcdefgtxyz.,-CLVDAFRZH'), { maxLength: 40 }).map((chars) => chars.join(''));
  /** A record whose check is right, so only the fields themselves can be wrong. */
  const checkedRecord = fc.array(fieldish, { maxLength: 8 }).map((fields) => {
    const record = ['2', `C${courseKey}`, ...fields].join(';');
    return `${record};Z${shortKey(record)}`;
  });
  const damagedRecord = fc
    .tuple(fc.array(action, { maxLength: 80 }), fc.nat(), fc.string({ maxLength: 3 }), fc.nat({ max: 3 }))
    .map(([actions, at, inserted, removed]) => {
      const saved = encodeState(
        index,
        actions.reduce((state, step) => apply(index, state, step), initialState),
      );
      const cut = at % (saved.length + 1);
      return saved.slice(0, cut) + inserted + saved.slice(cut + removed);
    });

  it('never throws, and starts afresh whenever it names a problem', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fieldish, checkedRecord, damagedRecord), (saved) => {
        const decoded = decodeState(index, saved);
        if (decoded.problem !== null) expect(decoded.state).toEqual(initialState);
      }),
      { numRuns: 1000 },
    );
  });
});
