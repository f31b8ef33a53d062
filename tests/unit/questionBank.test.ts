// The assessment blueprint for the question banks in quizzes/: each file parses with the quiz schema, and together
// they meet the coverage the course promises (items per objective and topic, all four kinds, final pools three times
// their draw, a pre-test parallel to the final). It reads quizzes/ only, so it does not depend on the pages existing.
// The rules every single item follows are in itemRules.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { inlineToText, richToText } from '../../src/content/richText';
import { quizFile as quizSchema, type Question, type Quiz } from '../../src/content/schema';
import { shortKey } from '../../src/core/shortKey';

const quizzesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'quizzes');
const objectives = ['obj-collaboration', 'obj-focus', 'obj-multidisciplinary'];
const itemPrefixes: Record<string, string> = {
  'checkpoint-collaboration': 'cp1-',
  'checkpoint-focus': 'cp2-',
  'checkpoint-multidisciplinary': 'cp3-',
};
const poolPrefixes: Record<string, Record<string, string>> = {
  final: { 'obj-collaboration': 'fa1-', 'obj-focus': 'fa2-', 'obj-multidisciplinary': 'fa3-' },
  pretest: { 'obj-collaboration': 'pt1-', 'obj-focus': 'pt2-', 'obj-multidisciplinary': 'pt3-' },
};

const files = readdirSync(quizzesDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

// The evaluation is no quiz: it has statements to rate, not items.
const quizzes: { file: string; quiz: Quiz }[] = files.flatMap((file) => {
  const result = quizSchema.safeParse(parse(readFileSync(join(quizzesDir, file), 'utf8')));
  if (!result.success) throw new Error(`${file} does not match the quiz schema:\n${JSON.stringify(result.error.issues, null, 2)}`);
  const quiz = result.data;
  return quiz.kind === 'evaluation' ? [] : [{ file, quiz }];
});

type Entry = { question: Question; objective: string; quizId: string };
const entries: Entry[] = quizzes.flatMap(({ quiz }) =>
  quiz.kind === 'checkpoint'
    ? quiz.items.map((question) => ({ question, objective: quiz.objective, quizId: quiz.id }))
    : quiz.pools.flatMap((pool) => pool.items.map((question) => ({ question, objective: pool.objective, quizId: quiz.id }))),
);
const items = entries.map((e) => e.question);
const withTopic = (topic: string) => items.filter((q) => q.topics.includes(topic));
const poolQuiz = (kind: 'final' | 'pretest') => {
  const found = quizzes.find(({ quiz }) => quiz.kind === kind)?.quiz;
  if (found?.kind !== kind) throw new Error(`quizzes/ has no ${kind}`);
  return found;
};

describe('question banks in quizzes/', () => {
  it('parse with the quiz schema, one final, one pre-test and three checkpoints, one per objective', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(quizzes.filter(({ quiz }) => quiz.kind === 'final')).toHaveLength(1);
    expect(quizzes.filter(({ quiz }) => quiz.kind === 'pretest')).toHaveLength(1);
    const checkpoints = quizzes.flatMap(({ quiz }) => (quiz.kind === 'checkpoint' ? [quiz] : []));
    expect(checkpoints.map((c) => c.objective).sort()).toEqual([...objectives].sort());
    for (const checkpoint of checkpoints) {
      expect(checkpoint.items.length, checkpoint.id).toBeGreaterThanOrEqual(4);
      expect(checkpoint.items.length, checkpoint.id).toBeLessThanOrEqual(6);
    }
  });

  it('have at least 30 items, at least 8 per objective', () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const objective of objectives) {
      expect(entries.filter((e) => e.objective === objective).length, objective).toBeGreaterThanOrEqual(8);
    }
  });

  it('meet the topic minimums', () => {
    expect(withTopic('le-vs-sp-focus').length).toBeGreaterThanOrEqual(6);
    expect(withTopic('interview-vs-interrogation').length).toBeGreaterThanOrEqual(4);
    expect(withTopic('procedures-vs-processes').length).toBeGreaterThanOrEqual(2);
    expect(withTopic('case-study').length).toBeGreaterThanOrEqual(2);
  });

  it('cover the focus topics in the focus checkpoint', () => {
    const focus = entries.filter((e) => e.quizId === 'checkpoint-focus').map((e) => e.question);
    for (const topic of ['le-vs-sp-focus', 'interview-vs-interrogation', 'procedures-vs-processes']) {
      expect(
        focus.some((q) => q.topics.includes(topic)),
        topic,
      ).toBe(true);
    }
  });

  it('use all four kinds of question', () => {
    expect(new Set(items.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'trueFalse', 'matching']));
  });

  it('draw 12 to 15 items per final attempt, from pools at least three times their draw, one pool per objective', () => {
    const final = poolQuiz('final');
    expect(final.pools.map((p) => p.objective).sort()).toEqual([...objectives].sort());
    // A retake then can avoid the items of the attempt before and still draw from fresh ones.
    for (const pool of final.pools) expect(pool.items.length, pool.objective).toBeGreaterThanOrEqual(3 * pool.draw);
    const total = final.pools.reduce((n, p) => n + p.draw, 0);
    expect(total).toBeGreaterThanOrEqual(12);
    expect(total).toBeLessThanOrEqual(15);
  });

  it('give every item a unique, prefixed id and a page that teaches it', () => {
    const ids = items.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Saved state stores ids by short key, so the quiz and item ids must not share one either.
    const tracked = [...ids, ...quizzes.map(({ quiz }) => quiz.id)];
    expect(new Set(tracked.map(shortKey)).size).toBe(tracked.length);
    for (const { question, objective, quizId } of entries) {
      const prefix = poolPrefixes[quizId]?.[objective] ?? itemPrefixes[quizId];
      expect(prefix, `${quizId} / ${objective}`).toBeDefined();
      expect(question.id.startsWith(prefix!), question.id).toBe(true);
      expect(question.teaches, question.id).toBeDefined();
      expect(question.objective ?? objective, question.id).toBe(objective);
    }
  });

  it('give feedback on every option, pair and true/false answer', () => {
    for (const q of items) {
      if (q.kind === 'single' || q.kind === 'multiple') {
        for (const o of q.options) expect(o.feedback.length, `${q.id} option ${o.id}`).toBeGreaterThan(0);
      } else if (q.kind === 'matching') {
        for (const p of q.pairs) expect(p.feedback.length, `${q.id} pair ${p.id}`).toBeGreaterThan(0);
        const answers = q.pairs.map((p) => inlineToText(p.answer));
        expect(new Set(answers).size, `${q.id}: matching answers must differ`).toBe(answers.length);
      } else {
        expect(q.feedback.true.length, q.id).toBeGreaterThan(0);
        expect(q.feedback.false.length, q.id).toBeGreaterThan(0);
      }
    }
  });

  it('give every multiple-response item at least one distractor', () => {
    for (const q of items) {
      if (q.kind !== 'multiple') continue;
      expect(
        q.options.some((o) => !o.correct),
        `${q.id} needs a wrong option`,
      ).toBe(true);
    }
  });

  it('has a pre-test parallel to the final: a pool per objective, each shown whole, 2–3 items each, never a final item', () => {
    const pretest = poolQuiz('pretest');
    const final = poolQuiz('final');
    expect(pretest.pools.map((p) => p.objective).sort()).toEqual([...objectives].sort());
    for (const pool of pretest.pools) {
      expect(pool.draw, pool.objective).toBe(pool.items.length);
      expect(pool.items.length, pool.objective).toBeGreaterThanOrEqual(2);
      expect(pool.items.length, pool.objective).toBeLessThanOrEqual(3);
    }
    const stemOf = (q: Question) => richToText(q.stem).toLowerCase().replace(/\s+/g, ' ').trim();
    const finalStems = new Set(final.pools.flatMap((pool) => pool.items.map(stemOf)));
    const repeated = pretest.pools.flatMap((pool) => pool.items).filter((q) => finalStems.has(stemOf(q)));
    expect(repeated.map((q) => q.id)).toEqual([]);
  });
});
