// The real question bank as the LMS will see it: every question, answered right and wrong, becomes an interaction
// record that scorm-again (our stand-in LMS) accepts in both SCORM versions, within SCORM 1.2's formats and limits.
// Then the final assessment's rules on the real course: a deterministic draw of the configured size per objective,
// deterministic scoring, unique interaction ids per attempt and item, and a saved state that survives a resume
// in the middle of an attempt.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/load';
import { quizQuestions } from '../../src/content/quizQuestions';
import type { Question } from '../../src/content/schema';
import { correctAnswer, encodeMultiple, isCorrect } from '../../src/core/answers';
import { indexCourse } from '../../src/core/courseIndex';
import { currentAttempt, drawItems, objectiveScores, scoreAnswers } from '../../src/core/finalAssessment';
import { optionOrder } from '../../src/core/shuffle';
import { finalInteractionId, practiceInteractionId, questionInteraction, roleInteraction } from '../../src/core/interactions';
import { apply } from '../../src/core/progress';
import { SEED_LIMIT } from '../../src/core/random';
import { decodeState, encodeState } from '../../src/core/savedState';
import { CourseSession, type Clock } from '../../src/core/session';
import { initialState, type FinalAttempt, type LearnerState } from '../../src/core/state';
import type { InteractionRecord, Tracker, TrackingReport } from '../../src/core/tracker';
import { SCORM12_LIMITS, Scorm12Tracker } from '../../src/tracking/scorm12Tracker';
import { Scorm2004Tracker } from '../../src/tracking/scorm2004Tracker';
import { takeFinal, visitEverything, wrongAnswer } from '../support/driveSession';
import { repoRoot } from '../support/fixtures';
import { MemoryTracker } from '../support/memoryTracker';
import { errorsIn, scorm12Lms, scorm2004Lms, type CallRecord } from '../support/scormLms';

const index = indexCourse(loadCourse(repoRoot));
const final = index.final;
if (!final) throw new Error('The course has no final assessment');
const finalPools = final.pools;
const finalItemIds = new Set(finalPools.flatMap((pool) => pool.items.map((item) => item.id)));
const drawSize = finalPools.reduce((sum, pool) => sum + pool.draw, 0);
const mastery = index.course.masteryScore ?? 0;
const finalPageId =
  index.pageOrder.find((id) => index.requirementsByPage.get(id)?.some((requirement) => requirement.kind === 'final')) ?? '';

/** Every question the course can report: the final's pools, the checkpoints and the pages' knowledge checks. */
const reportableQuestions = [...index.questionById.values()];
const bankQuestions = Object.values(index.course.quizzes).flatMap(quizQuestions);

const questionById = (id: string): Question => {
  const question = index.questionById.get(id);
  if (!question) throw new Error(`No question ${id}`);
  return question;
};

// ---------- answers and their interaction records ----------

interface SampleAnswer {
  label: string;
  answer: string;
}

/** A right and a wrong answer to every question, plus the longest and the partial answers a learner can submit. */
function sampleAnswers(question: Question): SampleAnswer[] {
  const samples: SampleAnswer[] = [
    { label: 'right', answer: correctAnswer(question) },
    { label: 'wrong', answer: wrongAnswer(index, question.id) },
  ];
  if (question.kind === 'multiple') samples.push({ label: 'every option', answer: encodeMultiple(question.options.map((o) => o.id)) });
  // The final assessment can be submitted with a matching item half done; only the chosen pairs are reported.
  if (question.kind === 'matching') samples.push({ label: 'first pair unmatched', answer: `-${correctAnswer(question).slice(1)}` });
  return samples;
}

const answeredAt = new Date(Date.UTC(2026, 10, 22, 9, 30, 15));

function interactionId(question: Question, attemptNumber: number): string {
  return finalItemIds.has(question.id) ? finalInteractionId(attemptNumber, question.id) : practiceInteractionId(question.id, answeredAt);
}

function recordOf(question: Question, answer: string): InteractionRecord {
  return questionInteraction(question, answer, interactionId(question, index.course.attempts), answeredAt, 12_340);
}

const expectedType: Record<Question['kind'], InteractionRecord['type']> = {
  single: 'choice',
  multiple: 'choice',
  trueFalse: 'true-false',
  matching: 'matching',
};

const answerCases = reportableQuestions.flatMap((question) =>
  sampleAnswers(question).map((sample) => ({ name: `${question.id} (${question.kind}), ${sample.label}`, question, ...sample })),
);

// ---------- writing through the trackers into scorm-again ----------

function reportWith(interactions: InteractionRecord[]): TrackingReport {
  return {
    location: finalPageId,
    suspendData: '',
    completion: 'incomplete',
    success: 'unknown',
    retakeAllowed: false,
    scorePercent: null,
    progress: 0.5,
    objectives: [],
    interactions,
    exit: 'suspend',
    leaving: false,
    sessionMs: 65_000,
  };
}

type ScormVersion = '12' | '2004';

interface ScormRun {
  tracker: Tracker;
  calls: CallRecord[];
  /** Reads an element back from the LMS. */
  read(element: string): string;
}

function scormRun(version: ScormVersion): ScormRun {
  if (version === '12') {
    const { api, calls } = scorm12Lms();
    return { tracker: new Scorm12Tracker(api), calls, read: (element) => String(api.LMSGetValue(element)) };
  }
  const { api, calls } = scorm2004Lms();
  return { tracker: new Scorm2004Tracker(api), calls, read: (element) => String(api.GetValue(element)) };
}

function writeThrough(version: ScormVersion, interactions: InteractionRecord[]): ScormRun {
  const run = scormRun(version);
  expect(run.tracker.start().ok).toBe(true);
  expect(run.tracker.save(reportWith(interactions))).toBe(true);
  return run;
}

/** The values set on each interaction, by position: field (e.g. "student_response") → value. */
function interactionsSet(calls: readonly CallRecord[]): Map<number, Record<string, string>> {
  const written = new Map<number, Record<string, string>>();
  for (const call of calls) {
    if (call.method !== 'SetValue' && call.method !== 'LMSSetValue') continue;
    const [element, value] = call.args;
    const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element ?? '');
    if (!match || value === undefined) continue;
    const position = Number(match[1]);
    written.set(position, { ...written.get(position), [match[2] as string]: value });
  }
  return written;
}

function onlyInteraction(calls: readonly CallRecord[]): Record<string, string> {
  const written = [...interactionsSet(calls).values()];
  expect(written).toHaveLength(1);
  return written[0] ?? {};
}

// SCORM 1.2 formats (CMIFeedback per interaction type): choices are single characters [0-9a-z], comma-separated;
// matching is source.target pairs of such characters; true-false is t or f; likert one such character.
const scorm12Response: Record<InteractionRecord['type'], RegExp> = {
  choice: /^[0-9a-z](,[0-9a-z])*$/,
  matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
  'true-false': /^[tf]$/,
  likert: /^[1-5]$/,
};

describe('every question of the real course, reported as an interaction', () => {
  it('covers the whole bank (76 items in quizzes/: 49 final, 18 checkpoint, 9 pre-test) and the pages’ knowledge checks', () => {
    expect(bankQuestions).toHaveLength(76);
    for (const question of bankQuestions) expect(index.questionById.get(question.id), question.id).toBe(question);
    expect(new Set(reportableQuestions.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'trueFalse', 'matching']));
  });

  it.each(answerCases)('$name: a record with the right type, result and objective', ({ question, answer, label }) => {
    const record = recordOf(question, answer);
    expect(isCorrect(question, answer)).toBe(label === 'right');
    expect(record.type).toBe(expectedType[question.kind]);
    expect(record.result).toBe(label === 'right' ? 'correct' : 'incorrect');
    expect(record.objectiveId).toBe(question.objective ?? null);
    expect(record.objectiveId).not.toBeNull();
    expect(record.description.length).toBeGreaterThan(0);
    expect(record.description.length).toBeLessThanOrEqual(250);
  });

  it.each(answerCases)('$name: SCORM 2004 accepts it (scorm-again validates every format)', ({ question, answer }) => {
    const record = recordOf(question, answer);
    const run = writeThrough('2004', [record]);
    expect(errorsIn(run.calls)).toEqual([]);
    const set = onlyInteraction(run.calls);
    expect(Object.keys(set)).toEqual(
      expect.arrayContaining([
        'id',
        'type',
        'objectives.0.id',
        'timestamp',
        'correct_responses.0.pattern',
        'learner_response',
        'result',
        'latency',
        'description',
      ]),
    );
    expect(run.read('cmi.interactions.0.id')).toBe(record.id);
    expect(run.read('cmi.interactions.0.learner_response')).toBe(set.learner_response);
    expect(run.read('cmi.interactions.0.result')).toBe(record.result);
    expect(run.read('cmi.interactions.0.objectives.0.id')).toBe(question.objective);
  });

  it.each(answerCases)('$name: SCORM 1.2 accepts it within the 1.2 formats and limits', ({ question, answer }) => {
    const record = recordOf(question, answer);
    const run = writeThrough('12', [record]);
    expect(errorsIn(run.calls)).toEqual([]);
    const set = onlyInteraction(run.calls);
    // Nothing refused for being over a limit: the id and the response were both sent.
    expect(Object.keys(set)).toEqual(
      expect.arrayContaining([
        'id',
        'type',
        'objectives.0.id',
        'time',
        'correct_responses.0.pattern',
        'student_response',
        'result',
        'latency',
      ]),
    );
    const { id = '', type = '', student_response: response = '', result = '' } = set;
    expect(id).toBe(record.id);
    expect(id.length).toBeLessThanOrEqual(SCORM12_LIMITS.identifier);
    expect(response.length).toBeLessThanOrEqual(SCORM12_LIMITS.response);
    expect(type).toBe(expectedType[question.kind]);
    expect(response).toMatch(scorm12Response[record.type]);
    expect(set['correct_responses.0.pattern']).toMatch(scorm12Response[record.type]);
    expect(['correct', 'wrong', 'neutral']).toContain(result);
    expect(result).toBe(record.result === 'incorrect' ? 'wrong' : record.result);
    expect(set.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  });

  it.each(['12', '2004'] as const)('SCORM %s: the intake answer is a neutral choice, for every role', (version) => {
    const records = index.course.intake.roles.map((role) => roleInteraction(index, role.id, answeredAt));
    const run = writeThrough(
      version,
      records.flatMap((record) => (record ? [record] : [])),
    );
    expect(errorsIn(run.calls)).toEqual([]);
    const written = [...interactionsSet(run.calls).values()];
    expect(written).toHaveLength(index.course.intake.roles.length);
    for (const set of written) {
      expect(set.id).toBe('intake.role');
      expect(set.result).toBe('neutral');
      if (version === '12') expect(set.student_response).toMatch(scorm12Response.choice);
    }
  });
});

// ---------- the final assessment's rules on the real course ----------

const seeds = fc.integer({ min: 0, max: SEED_LIMIT - 1 });
const poolOf = (itemId: string) => finalPools.find((pool) => pool.items.some((item) => item.id === itemId));

/** Answers to an attempt's items, the first `rightCount` right and the rest wrong. */
function answersFor(items: readonly string[], rightCount: number): Record<string, string> {
  return Object.fromEntries(items.map((id, i) => [id, i < rightCount ? correctAnswer(questionById(id)) : wrongAnswer(index, id)]));
}

describe('the final assessment draw on the real course', () => {
  it('draws the configured number from each objective’s pool, no item twice, 15 in all', () => {
    expect(finalPools.map((pool) => [pool.objective, pool.draw])).toEqual([
      ['obj-collaboration', 5],
      ['obj-focus', 5],
      ['obj-multidisciplinary', 5],
    ]);
    fc.assert(
      fc.property(seeds, (seed) => {
        const drawn = drawItems(index, seed);
        expect(drawn).toHaveLength(drawSize);
        expect(new Set(drawn).size).toBe(drawn.length);
        for (const pool of finalPools) {
          expect(
            drawn.filter((id) => poolOf(id) === pool),
            pool.objective,
          ).toHaveLength(pool.draw);
        }
      }),
    );
  });

  it('is the same for the same seed, whatever was drawn before, options included', () => {
    fc.assert(
      fc.property(seeds, seeds, (seed, other) => {
        const first = drawItems(index, seed);
        drawItems(index, other);
        expect(drawItems(index, seed)).toEqual(first);
        for (const id of first) {
          const question = questionById(id);
          if (question.kind === 'single' || question.kind === 'multiple') {
            expect(optionOrder(question.options, seed, id)).toEqual(optionOrder(question.options, seed, id));
          }
        }
      }),
    );
  });

  it('varies with the seed, so a retake gets a new set of questions', () => {
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => drawItems(index, seed * 7919).join(' ')));
    expect(draws.size).toBeGreaterThan(15);
    const everDrawn = new Set(Array.from({ length: 200 }, (_, seed) => drawItems(index, seed * 104_729)).flat());
    expect(everDrawn).toEqual(finalItemIds);
  });
});

describe('scoring the final assessment', () => {
  const seed = 424_242;
  const items = drawItems(index, seed).map(questionById);
  const score = (rightCount: number) =>
    scoreAnswers(
      items,
      answersFor(
        items.map((i) => i.id),
        rightCount,
      ),
    );

  it('gives a whole percent of the 15 items; 12 right passes the 80% mastery, 11 do not', () => {
    expect([15, 12, 11, 5, 0].map(score)).toEqual([100, 80, 73, 33, 0]);
    expect(score(12)).toBeGreaterThanOrEqual(mastery);
    expect(score(11)).toBeLessThan(mastery);
  });

  it('does not depend on the order of the items, and counts a missing answer as wrong', () => {
    const answers = answersFor(
      items.map((i) => i.id),
      9,
    );
    expect(scoreAnswers([...items].reverse(), answers)).toBe(scoreAnswers(items, answers));
    const lastId = items[items.length - 1]?.id ?? '';
    const withoutLast = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== lastId));
    expect(scoreAnswers(items, withoutLast)).toBe(scoreAnswers(items, { ...answers, [lastId]: wrongAnswer(index, lastId) }));
  });

  it('scores each objective on its own items, for the review between attempts and cmi.objectives', () => {
    const ids = items.map((i) => i.id);
    const attempt = { number: 1, seed, items: ids, answers: answersFor(ids, 5), score: score(5) };
    const rightIds = new Set(ids.slice(0, 5));
    const scores = objectiveScores(index, attempt);
    for (const pool of finalPools) {
      const drawnHere = ids.filter((id) => poolOf(id) === pool);
      const right = drawnHere.filter((id) => rightIds.has(id)).length;
      expect(scores.get(pool.objective), pool.objective).toBe(Math.round((right / pool.draw) * 100));
    }
  });
});

// ---------- sessions on the real course through scorm-again ----------

/** A clock that moves on a second each time it is read, as a learner's clicks do. */
function tickingClock(): Clock {
  let time = Date.UTC(2026, 10, 22, 9, 0, 0);
  return {
    now: () => (time += 1000),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    afterPaint: (callback) => callback(),
  };
}

function sessionOn(version: ScormVersion) {
  const run = scormRun(version);
  const session = new CourseSession(index, run.tracker, tickingClock(), () => new MemoryTracker());
  session.start();
  return { ...run, session };
}

const interactionIds = (calls: readonly CallRecord[]) => [...interactionsSet(calls).values()].map((set) => set.id ?? '');

describe.each(['12', '2004'] as const)('SCORM %s: a learner’s whole assessment on the real course', (version) => {
  it('records every practice answer and every item of every attempt once, with unique ids, and no error', () => {
    const { session, calls, read } = sessionOn(version);
    visitEverything(session, index);
    const attemptSeeds = [11, 22, 33];
    takeFinal(session, index, attemptSeeds[0] ?? 0, 5);
    takeFinal(session, index, attemptSeeds[1] ?? 0, 11);
    takeFinal(session, index, attemptSeeds[2] ?? 0, 12);
    const attempts = session.getSnapshot().state.attempts;
    // Read before finishing: a 2004 LMS answers nothing after Terminate.
    const status = read(version === '12' ? 'cmi.core.lesson_status' : 'cmi.success_status');
    const rawScore = read(version === '12' ? 'cmi.core.score.raw' : 'cmi.score.raw');
    session.finish();

    expect(errorsIn(calls)).toEqual([]);
    const ids = interactionIds(calls);
    expect(new Set(ids).size).toBe(ids.length);
    // visitEverything answers each practice question wrong, then right: practice is reported once per question,
    // with the first answer checked (see interactionCeiling).
    expect(ids.filter((id) => id.startsWith('practice.'))).toHaveLength(index.practiceIds.size);
    attemptSeeds.forEach((seed, i) => {
      const number = i + 1;
      const drawn = drawItems(index, seed, attempts.slice(0, i));
      expect(attempts[i]?.items).toEqual(drawn);
      expect(ids.filter((id) => id.startsWith(`final.${number}.`)).sort()).toEqual(
        drawn.map((id) => finalInteractionId(number, id)).sort(),
      );
    });
    expect(ids).toHaveLength(index.practiceIds.size + drawSize * attemptSeeds.length);
    expect([status, rawScore]).toEqual(['passed', '80']);
  });

  it('reports a matching item that was matched and then cleared again as not answered, not as an empty response', () => {
    const { session, calls } = sessionOn(version);
    const seed = seedDrawing((item) => item.kind === 'matching');
    session.dispatch({ type: 'startAttempt', seed });
    const matching = drawItems(index, seed)
      .map(questionById)
      .find((item) => item.kind === 'matching');
    if (matching?.kind !== 'matching') throw new Error('The draw has no matching item');
    const unmatched = '-'.repeat(matching.pairs.length);
    session.dispatch({ type: 'answerFinal', itemId: matching.id, answer: `${correctAnswer(matching).slice(0, 1)}${unmatched.slice(1)}` });
    session.dispatch({ type: 'answerFinal', itemId: matching.id, answer: unmatched });
    session.dispatch({ type: 'submitAttempt' });
    session.finish();
    expect(errorsIn(calls)).toEqual([]);
    expect(interactionIds(calls)).not.toContain(finalInteractionId(1, matching.id));
  });
});

describe('taking an answer back in the final assessment', () => {
  const seed = seedDrawing((item) => item.kind === 'multiple');
  const started = apply(index, initialState, { type: 'startAttempt', seed });
  const multiple = drawItems(index, seed)
    .map(questionById)
    .find((item) => item.kind === 'multiple');

  it('leaves the item unanswered when its last box is unticked, so the learner can clear it', () => {
    if (!multiple) throw new Error('The draw has no multiple-response item');
    const ticked = apply(index, started, { type: 'answerFinal', itemId: multiple.id, answer: 'a' });
    expect(currentAttempt(ticked)?.answers).toEqual({ [multiple.id]: 'a' });
    const unticked = apply(index, ticked, { type: 'answerFinal', itemId: multiple.id, answer: '' });
    expect(currentAttempt(unticked)?.answers).toEqual({});
    expect(apply(index, unticked, { type: 'answerFinal', itemId: multiple.id, answer: '' })).toBe(unticked);
  });
});

/** The first seed whose draw has an item of this kind. */
/** A seed whose draw, after the `earlier` attempts, has an item that is `wanted`. */
function seedDrawing(wanted: (item: Question) => boolean, earlier: readonly FinalAttempt[] = []): number {
  for (let seed = 1; seed < 1000; seed++) if (drawItems(index, seed, earlier).some((id) => wanted(questionById(id)))) return seed;
  throw new Error('No seed draws such an item');
}

// ---------- the saved state in the middle of an attempt ----------

/** A learner who studied every page, failed attempt 1, and has answered part of attempt 2 (one matching item half). */
function midAssessmentState(): LearnerState {
  const session = new CourseSession(index, new MemoryTracker(), tickingClock(), () => new MemoryTracker());
  session.start();
  visitEverything(session, index);
  session.dispatch({ type: 'go', pageId: finalPageId });
  takeFinal(session, index, 5_551, 5);
  const secondSeed = seedDrawing((item) => item.kind === 'matching', session.getSnapshot().state.attempts);
  session.dispatch({ type: 'startAttempt', seed: secondSeed });
  const second = currentAttempt(session.getSnapshot().state)!.items;
  const halfway = second.slice(0, Math.ceil(second.length / 2));
  for (const [itemId, answer] of Object.entries(answersFor(halfway, 3))) session.dispatch({ type: 'answerFinal', itemId, answer });
  const matching = second.map(questionById).find((item) => item.kind === 'matching');
  if (!matching) throw new Error('The second draw has no matching item');
  session.dispatch({ type: 'answerFinal', itemId: matching.id, answer: `-${correctAnswer(matching).slice(1)}` });
  return session.getSnapshot().state;
}

describe('the saved state in the middle of an attempt', () => {
  const state = midAssessmentState();
  const inProgress = currentAttempt(state);

  it('is the state the test means: attempt 2 of 3 under way, attempt 1 failed', () => {
    expect(state.attempts.map((a) => [a.number, a.score])).toEqual([
      [1, 33],
      [2, null],
    ]);
    expect(Object.keys(inProgress?.answers ?? {}).length).toBeGreaterThan(drawSize / 2 - 1);
  });

  it('decodes to the same attempt: seed, questions in the same order, answers, and the earlier score', () => {
    const saved = encodeState(index, state);
    const decoded = decodeState(index, saved);
    expect(decoded.problem).toBeNull();
    expect(currentAttempt(decoded.state)).toEqual(inProgress);
    expect(decoded.state.attempts.map((a) => a.score)).toEqual([33, null]);
    expect(decoded.state.answers).toEqual(state.answers);
    expect(encodeState(index, decoded.state)).toBe(saved);
    expect(currentAttempt(decoded.state)?.items).toEqual(drawItems(index, inProgress?.seed ?? -1, state.attempts.slice(0, -1)));
  });

  it.each(['12', '2004'] as const)(
    'SCORM %s: a session closed mid-attempt resumes it with its questions and answers, and reports them on submit',
    (version) => {
      const first = sessionOn(version);
      const seed = 777;
      first.session.dispatch({ type: 'go', pageId: finalPageId });
      first.session.dispatch({ type: 'startAttempt', seed });
      const items = drawItems(index, seed);
      const answers = answersFor(items.slice(0, 6), 6);
      for (const [itemId, answer] of Object.entries(answers)) first.session.dispatch({ type: 'answerFinal', itemId, answer });
      first.session.flush();
      const suspendData = first.read('cmi.suspend_data');
      first.session.finish();

      const tracker = new MemoryTracker({ resumed: true, suspendData });
      const again = new CourseSession(index, tracker, tickingClock(), () => new MemoryTracker());
      again.start();
      const resumed = currentAttempt(again.getSnapshot().state);
      expect(resumed).toEqual({ number: 1, seed, items, answers, score: null });
      expect(again.getSnapshot().state.location).toBe(finalPageId);
      again.dispatch({ type: 'submitAttempt' });
      const reported = tracker.last?.interactions.map((i) => i.id) ?? [];
      expect(reported.sort()).toEqual(
        Object.keys(answers)
          .map((id) => finalInteractionId(1, id))
          .sort(),
      );
      expect(tracker.last?.scorePercent).toBe(Math.round((6 / drawSize) * 100));
    },
  );
});
