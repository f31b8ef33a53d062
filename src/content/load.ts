// Build and test time only (Node): reads course/ and quizzes/, validates every file, resolves the references
// between files, and either returns the compiled course or every problem found, each naming file and path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { shortKey } from '../core/shortKey';
import { richToText } from './richText';
import type { Course, CoursePage, Section } from './course';
import { estimateTime } from './estimate';
import * as schema from './schema';
import { plainIssueMessage } from './plainIssueMessage';

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The course content has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

class ProblemList {
  readonly problems: string[] = [];
  constructor(readonly root: string) {}
  add(file: string, path: string, message: string): void {
    const name = relative(this.root, file);
    this.problems.push(path ? `${name}: ${path}: ${message}` : `${name}: ${message}`);
  }
}

function readYaml(file: string, problems: ProblemList): unknown {
  const document = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: false });
  for (const error of document.errors) {
    const where = error.linePos?.[0];
    problems.add(file, where ? `line ${where.line}` : '', `not valid YAML: ${error.message.split('\n')[0]}`);
  }
  return document.errors.length > 0 ? undefined : document.toJS();
}

function parseFile<S extends z.ZodType>(file: string, fileSchema: S, problems: ProblemList): z.output<S> | undefined {
  if (!existsSync(file)) {
    problems.add(file, '', 'file is missing');
    return undefined;
  }
  const data = readYaml(file, problems);
  if (data === undefined) return undefined;
  const result = fileSchema.safeParse(data, { error: plainIssueMessage });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = formatPath(issue.path);
    const hint = issue.code === 'invalid_union' && path.endsWith('type') ? ` (use one of: ${schema.blockTypes.join(', ')})` : '';
    problems.add(file, path, issue.message + hint);
  }
  return undefined;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Every id that saved state refers to by short key; two of them sharing a key would mix up learners' records. */
function checkShortKeys(ids: { id: string; file: string }[], problems: ProblemList): void {
  const seen = new Map<string, { id: string; file: string }>();
  const seenIds = new Map<string, string>();
  for (const entry of ids) {
    const earlier = seenIds.get(entry.id);
    if (earlier !== undefined) {
      problems.add(entry.file, '', `id "${entry.id}" is used twice (also in ${relative(problems.root, earlier)})`);
      continue;
    }
    seenIds.set(entry.id, entry.file);
    const key = shortKey(entry.id);
    const clash = seen.get(key);
    if (clash) problems.add(entry.file, '', `id "${entry.id}" clashes with "${clash.id}" in saved state; rename one of them`);
    else seen.set(key, entry);
  }
}

export function loadCourse(root: string): Course {
  const problems = new ProblemList(root);
  const courseFile = join(root, 'course', 'course.yaml');
  const meta = parseFile(courseFile, schema.course, problems);
  const glossary = parseFile(join(root, 'course', 'glossary.yaml'), schema.glossary, problems);
  const intake = parseFile(join(root, 'course', 'roles.yaml'), schema.roles, problems);

  const pageFiles = new Map<string, { page: schema.Page; file: string }>();
  for (const file of yamlFiles(join(root, 'course', 'pages'))) {
    const page = parseFile(file, schema.page, problems);
    if (!page) continue;
    if (pageFiles.has(page.id))
      problems.add(file, 'id', `page id "${page.id}" is also used by ${relative(root, pageFiles.get(page.id)!.file)}`);
    else pageFiles.set(page.id, { page, file });
  }
  const quizzes = new Map<string, { quiz: schema.Quiz; file: string }>();
  let pretest: { quiz: schema.PretestQuiz; file: string } | null = null;
  let evaluation: { form: schema.EvaluationForm; file: string } | null = null;
  const quizFiles = new Map<string, string>();
  for (const file of yamlFiles(join(root, 'quizzes'))) {
    const quiz = parseFile(file, schema.quizFile, problems);
    if (!quiz) continue;
    const earlier = quizFiles.get(quiz.id);
    if (earlier !== undefined) {
      problems.add(file, 'id', `quiz id "${quiz.id}" is also used by ${relative(root, earlier)}`);
      continue;
    }
    quizFiles.set(quiz.id, file);
    if (quiz.kind === 'evaluation') {
      if (evaluation) problems.add(file, '', `only one evaluation is allowed (also ${relative(root, evaluation.file)})`);
      else evaluation = { form: quiz, file };
      continue;
    }
    if (quiz.kind === 'pretest') {
      if (pretest) problems.add(file, '', `only one pre-test is allowed (also ${relative(root, pretest.file)})`);
      else pretest = { quiz, file };
    }
    quizzes.set(quiz.id, { quiz, file });
  }
  if (!meta || !glossary || !intake) throw new ContentError(problems.problems);

  const objectiveIds = new Set(meta.objectives.map((o) => o.id));
  const sections: Section[] = [];
  const pages: CoursePage[] = [];
  const placed = new Set<string>();
  meta.sections.forEach((section, s) => {
    if (section.objective !== undefined && !objectiveIds.has(section.objective)) {
      problems.add(courseFile, `sections[${s}].objective`, `no objective has the id "${section.objective}"`);
    }
    section.pages.forEach((pageId, p) => {
      const entry = pageFiles.get(pageId);
      if (!entry) return problems.add(courseFile, `sections[${s}].pages[${p}]`, `no page has the id "${pageId}"`);
      if (placed.has(pageId)) return problems.add(courseFile, `sections[${s}].pages[${p}]`, `page "${pageId}" is listed twice`);
      placed.add(pageId);
      const { objective, ...rest } = entry.page;
      if (objective !== undefined && !objectiveIds.has(objective)) {
        problems.add(entry.file, 'objective', `no objective has the id "${objective}"`);
      } else if (objective !== undefined && objective !== section.objective) {
        problems.add(
          entry.file,
          'objective',
          `is "${objective}" but the page is in section "${section.id}" of objective "${section.objective ?? 'none'}"`,
        );
      }
      pages.push({ ...rest, objective: section.objective ?? null, sectionId: section.id });
    });
    sections.push({ id: section.id, title: section.title, objective: section.objective ?? null, pageIds: section.pages });
  });
  for (const [pageId, { file }] of pageFiles) {
    if (!placed.has(pageId)) problems.add(file, '', `page "${pageId}" is in no section of course/course.yaml`);
  }

  const pageIds = new Set(pages.map((p) => p.id));
  const trackedIds: { id: string; file: string }[] = pages.map((p) => ({ id: p.id, file: pageFiles.get(p.id)!.file }));
  const checkQuestion = (q: schema.Question, objective: string | null, file: string, path: string) => {
    trackedIds.push({ id: q.id, file });
    if (q.objective !== undefined && q.objective !== objective) {
      problems.add(file, `${path}.objective`, `is "${q.objective}" but belongs to objective "${objective ?? 'none'}"`);
    }
    if (q.teaches !== undefined && !pageIds.has(q.teaches)) problems.add(file, `${path}.teaches`, `no page has the id "${q.teaches}"`);
    q.objective = objective ?? undefined;
  };

  for (const page of pages) {
    const file = pageFiles.get(page.id)!.file;
    const detailPassages = page.blocks.filter(
      (b) =>
        (b.type === 'text' && b.withoutDetails) ||
        ((b.type === 'scenario' || b.type === 'process') && b.steps.some((step) => step.withoutDetails)),
    ).length;
    if (page.contentNote && detailPassages === 0) {
      problems.add(
        file,
        'contentNote',
        'a page with a content note needs at least one passage with withoutDetails, so learners can skip the details',
      );
    } else if (!page.contentNote && detailPassages > 0) {
      problems.add(file, '', 'withoutDetails is only used on a page with a contentNote');
    }
    page.blocks.forEach((b, i) => {
      const path = `blocks[${i}]`;
      if (b.type === 'question') {
        checkQuestion(b.question, page.objective, file, `${path}.question`);
        b.question.teaches ??= page.id;
      } else if (b.type === 'quiz') {
        if (!quizzes.has(b.quiz)) problems.add(file, `${path}.quiz`, `no quiz in quizzes/ has the id "${b.quiz}"`);
      } else if ('id' in b) {
        trackedIds.push({ id: b.id, file });
      }
      if (b.type === 'image' && !existsSync(join(root, 'course', 'images', b.src))) {
        problems.add(file, `${path}.src`, `course/images/${b.src} does not exist`);
      }
    });
  }

  for (const { quiz, file } of quizzes.values()) {
    if (quiz.kind === 'checkpoint') {
      if (!objectiveIds.has(quiz.objective)) problems.add(file, 'objective', `no objective has the id "${quiz.objective}"`);
      quiz.items.forEach((q, i) => checkQuestion(q, quiz.objective, file, `items[${i}]`));
    } else {
      quiz.pools.forEach((pool, p) => {
        if (!objectiveIds.has(pool.objective)) problems.add(file, `pools[${p}].objective`, `no objective has the id "${pool.objective}"`);
        if (pool.draw > pool.items.length)
          problems.add(file, `pools[${p}].draw`, `draws ${pool.draw} items from a pool of ${pool.items.length}`);
        pool.items.forEach((q, i) => checkQuestion(q, pool.objective, file, `pools[${p}].items[${i}]`));
      });
    }
  }
  const finals = [...quizzes.values()].filter(({ quiz }) => quiz.kind === 'final');
  if (finals.length > 1) problems.add(finals[1]!.file, '', 'only one final assessment is allowed');
  if (pretest) {
    const finalItems = finals.flatMap(({ quiz }) => (quiz.kind === 'final' ? quiz.pools.flatMap((pool) => pool.items) : []));
    checkPretest(pretest.quiz, pretest.file, meta.objectives, finalItems, problems);
  }
  if (evaluation) for (const item of evaluation.form.items) trackedIds.push({ id: item.id, file: evaluation.file });
  checkShortKeys(trackedIds, problems);

  if (problems.problems.length > 0) throw new ContentError(problems.problems);
  const { estimatedMinutes: _computedBelow, ...authored } = meta;
  const compiledQuizzes = Object.fromEntries([...quizzes].map(([id, { quiz }]) => [id, quiz]));
  return {
    ...authored,
    estimatedMinutes: estimateTime(pages, compiledQuizzes).minutes,
    sections,
    pages,
    quizzes: compiledQuizzes,
    glossary: glossary.terms,
    intake,
    evaluation: evaluation?.form ?? null,
  };
}

/** At most this many pre-test items: the pre-test is short, and each is one interaction in the LMS's record. */
export const PRETEST_MAX_ITEMS = 9;
/** The pre-test measures each objective before the course, so gain can be computed per objective. */
export const PRETEST_MIN_ITEMS_PER_OBJECTIVE = 2;

const plainStem = (q: schema.Question) => richToText(q.stem).replace(/\s+/g, ' ').trim().toLowerCase();

function checkPretest(
  quiz: schema.PretestQuiz,
  file: string,
  objectives: { id: string }[],
  finalItems: schema.Question[],
  problems: ProblemList,
): void {
  const shownPerObjective = new Map<string, number>();
  // Objectives and draws are checked with every quiz's pools.
  quiz.pools.forEach((pool) => {
    const shown = Math.min(pool.draw, pool.items.length);
    shownPerObjective.set(pool.objective, (shownPerObjective.get(pool.objective) ?? 0) + shown);
  });
  for (const objective of objectives) {
    const shown = shownPerObjective.get(objective.id) ?? 0;
    if (shown < PRETEST_MIN_ITEMS_PER_OBJECTIVE) {
      problems.add(
        file,
        'pools',
        `objective "${objective.id}" has ${shown} pre-test item(s); it needs at least ${PRETEST_MIN_ITEMS_PER_OBJECTIVE}`,
      );
    }
  }
  const total = [...shownPerObjective.values()].reduce((sum, n) => sum + n, 0);
  if (total > PRETEST_MAX_ITEMS) problems.add(file, 'pools', `shows ${total} items; a pre-test shows at most ${PRETEST_MAX_ITEMS}`);
  // The pre-test must not show the learner the final's questions in advance.
  const finalStems = new Set(finalItems.map(plainStem));
  quiz.pools.forEach((pool, p) =>
    pool.items.forEach((q, i) => {
      if (finalStems.has(plainStem(q)))
        problems.add(file, `pools[${p}].items[${i}].stem`, 'is the same question as one in the final assessment');
    }),
  );
}
