// `npx tsx scripts/alignment.ts [--root <dir>] [--out <file>]`: loads the course, writes docs/alignment.md
// (objective → pages → activities → assessment items) and prints a summary: pages per objective, activities by
// type, estimated minutes and the word count of all learner-facing text.
// Exit code 1 when the content does not load or the alignment has gaps (an objective without pages, activities,
// a checkpoint or final-assessment items); the document is still written in the second case, with the gaps listed.
// The functions that do the work are pure and exported for tests/unit/alignment.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Course, CoursePage } from '../src/content/course';
import { ContentError, loadCourse } from '../src/content/load';
import { inlineToText, richToText } from '../src/content/richText';
import type { Question, Quiz } from '../src/content/schema';
import { WORDS_PER_MINUTE } from '../src/content/estimate';
import { pageTexts, quizTexts, rich, words } from '../src/content/words';
import { repoRoot } from './paths';

// ---------- the alignment ----------

export type ActivityKind = 'reflection' | 'sort' | 'scenario' | 'partnerBuilder' | 'knowledgeCheck' | 'actionPlan';
export const activityKinds: readonly ActivityKind[] = ['reflection', 'sort', 'scenario', 'partnerBuilder', 'knowledgeCheck', 'actionPlan'];

export interface AlignedActivity {
  kind: ActivityKind;
  id: string;
  pageId: string;
  /** What the learner is asked to do, in one line. */
  summary: string;
}

export interface AlignedItem {
  id: string;
  quizId: string;
  quizKind: Quiz['kind'];
  kind: Question['kind'];
  /** The page named in the item's feedback, or null when the item names none. */
  teaches: string | null;
  /** The seed document it comes from (its `source`), or null. */
  source: string | null;
  stem: string;
}

export interface ObjectiveAlignment {
  id: string;
  title: string;
  short: string;
  pages: { id: string; title: string; words: number }[];
  activities: AlignedActivity[];
  /** Checkpoint quizzes whose objective this is, with the page that holds each (null when none does). */
  checkpoints: { quizId: string; title: string; pageId: string | null; items: number }[];
  items: AlignedItem[];
}

export interface Alignment {
  objectives: ObjectiveAlignment[];
  /** Pages in sections without an objective (introduction, assessment, closing), with their activities. */
  other: { pages: { id: string; title: string; sectionId: string; words: number }[]; activities: AlignedActivity[] };
  /** Gaps in the alignment, each naming the objective (or quiz) concerned. Empty when the alignment is whole. */
  problems: string[];
}

function oneLine(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export function pageActivities(page: CoursePage): AlignedActivity[] {
  const activities: AlignedActivity[] = [];
  const add = (kind: ActivityKind, id: string, summary: string) =>
    activities.push({ kind, id, pageId: page.id, summary: oneLine(summary) });
  for (const block of page.blocks) {
    switch (block.type) {
      case 'reflection':
        add('reflection', block.id, richToText(block.prompt));
        break;
      case 'sort':
        add('sort', block.id, `${richToText(block.prompt)} (${block.items.length} items)`);
        break;
      case 'scenario': {
        const decisions = block.steps.filter((step) => step.decision).length;
        add('scenario', block.id, `${block.title} (${block.steps.length} steps, ${decisions} decisions)`);
        break;
      }
      case 'partnerBuilder':
        add(
          'partnerBuilder',
          block.id,
          `${block.needs.length} needs, ${block.partners.length} partners: ${block.needs.map((n) => inlineToText(n.need)).join('; ')}`,
        );
        break;
      case 'question':
        add('knowledgeCheck', block.question.id, `${block.question.kind}: ${richToText(block.question.stem)}`);
        break;
      case 'actionPlan':
        add('actionPlan', block.id, block.fields.map((field) => field.label).join(' / '));
        break;
      default:
        break;
    }
  }
  return activities;
}

function alignedItem(question: Question, quizId: string, quizKind: Quiz['kind']): AlignedItem {
  return {
    id: question.id,
    quizId,
    quizKind,
    kind: question.kind,
    teaches: question.teaches ?? null,
    source: question.source ?? null,
    stem: oneLine(richToText(question.stem)),
  };
}

export function buildAlignment(course: Course): Alignment {
  const problems: string[] = [];
  const quizzes = Object.values(course.quizzes);
  const final = quizzes.find((quiz) => quiz.kind === 'final');
  const quizPage = new Map<string, CoursePage>();
  for (const page of course.pages) for (const block of page.blocks) if (block.type === 'quiz') quizPage.set(block.quiz, page);

  const objectives = course.objectives.map((objective): ObjectiveAlignment => {
    const pages = course.pages.filter((page) => page.objective === objective.id);
    const checkpoints = quizzes.flatMap((quiz) =>
      quiz.kind === 'checkpoint' && quiz.objective === objective.id
        ? [{ quizId: quiz.id, title: quiz.title, pageId: quizPage.get(quiz.id)?.id ?? null, items: quiz.items.length }]
        : [],
    );
    const items = quizzes.flatMap((quiz) =>
      quiz.kind === 'checkpoint'
        ? quiz.objective === objective.id
          ? quiz.items.map((q) => alignedItem(q, quiz.id, quiz.kind))
          : []
        : quiz.pools
            .filter((pool) => pool.objective === objective.id)
            .flatMap((pool) => pool.items.map((q) => alignedItem(q, quiz.id, quiz.kind))),
    );
    const alignment: ObjectiveAlignment = {
      id: objective.id,
      title: objective.title,
      short: objective.short,
      pages: pages.map((page) => ({ id: page.id, title: page.title, words: words(pageTexts(page)) })),
      activities: pages.flatMap(pageActivities),
      checkpoints,
      items,
    };

    const name = `objective "${objective.id}" (${objective.short})`;
    if (pages.length === 0) problems.push(`${name} has no pages: no section of course/course.yaml has "objective: ${objective.id}"`);
    else if (alignment.activities.length === 0)
      problems.push(`${name} has no activities (reflections, sorts, scenarios, knowledge checks…) on its pages`);
    if (checkpoints.length === 0)
      problems.push(`${name} has no checkpoint: no quiz in quizzes/ has "kind: checkpoint" and "objective: ${objective.id}"`);
    for (const checkpoint of checkpoints) {
      const page = checkpoint.pageId === null ? undefined : course.pages.find((p) => p.id === checkpoint.pageId);
      if (!page)
        problems.push(
          `${name}: its checkpoint "${checkpoint.quizId}" is on no page (add a page with "type: quiz, quiz: ${checkpoint.quizId}")`,
        );
      else if (page.objective !== objective.id)
        problems.push(
          `${name}: its checkpoint "${checkpoint.quizId}" is on page "${page.id}", which is not in a section of that objective`,
        );
    }
    if (final && !items.some((item) => item.quizKind === 'final'))
      problems.push(`${name} has no items in the final assessment "${final.id}"`);
    return alignment;
  });

  const otherPages = course.pages.filter((page) => page.objective === null);
  return {
    objectives,
    other: {
      pages: otherPages.map((page) => ({ id: page.id, title: page.title, sectionId: page.sectionId, words: words(pageTexts(page)) })),
      activities: otherPages.flatMap(pageActivities),
    },
    problems,
  };
}

// ---------- the summary ----------

export interface AlignmentSummary {
  pagesPerObjective: Record<string, number>;
  activities: Record<ActivityKind, number>;
  estimatedMinutes: number;
  /** Reading time of the page text at 200 words a minute, rounded up; activities and quizzes come on top. */
  readingMinutes: number;
  words: { pages: number; glossary: number; quizzes: number; total: number };
}

export function summarize(course: Course, alignment: Alignment = buildAlignment(course)): AlignmentSummary {
  const activities = Object.fromEntries(activityKinds.map((kind) => [kind, 0])) as Record<ActivityKind, number>;
  for (const activity of [...alignment.objectives.flatMap((o) => o.activities), ...alignment.other.activities])
    activities[activity.kind] += 1;
  const pages = words([course.title, ...course.pages.flatMap(pageTexts)]);
  const glossary = words(course.glossary.flatMap((term) => [term.term, term.expansion, ...rich(term.definition)]));
  const quizzes = words(Object.values(course.quizzes).flatMap(quizTexts));
  return {
    pagesPerObjective: Object.fromEntries(alignment.objectives.map((o) => [o.id, o.pages.length])),
    activities,
    estimatedMinutes: course.estimatedMinutes,
    readingMinutes: Math.ceil(pages / WORDS_PER_MINUTE),
    words: { pages, glossary, quizzes, total: pages + glossary + quizzes },
  };
}

export function summaryText(summary: AlignmentSummary): string {
  const lines = [
    'Pages per objective:',
    ...Object.entries(summary.pagesPerObjective).map(([id, n]) => `  ${id}: ${n}`),
    `Activities: ${activityKinds.reduce((n, kind) => n + summary.activities[kind], 0)} (${activityKinds.map((kind) => `${kind} ${summary.activities[kind]}`).join(', ')})`,
    `Estimated minutes (computed from the content): ${summary.estimatedMinutes}; page reading time at ${WORDS_PER_MINUTE} words a minute: ${summary.readingMinutes}`,
    `Words of learner-facing text: ${summary.words.total} (pages ${summary.words.pages}, glossary ${summary.words.glossary}, quiz items ${summary.words.quizzes})`,
  ];
  return `${lines.join('\n')}\n`;
}

// ---------- the Markdown ----------

const activityLabels: Record<ActivityKind, string> = {
  reflection: 'Reflection',
  sort: 'Sort',
  scenario: 'Scenario',
  partnerBuilder: 'Partner builder',
  knowledgeCheck: 'Knowledge check',
  actionPlan: 'Action plan',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function table(headings: string[], rows: string[][]): string[] {
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** docs/alignment.md: objective → pages → activities → assessment items, then the pages outside the objectives. */
export function alignmentMarkdown(course: Course, alignment: Alignment = buildAlignment(course)): string {
  const summary = summarize(course, alignment);
  const pageObjective = new Map(course.pages.map((page) => [page.id, page.objective]));
  const out: string[] = [
    `# Alignment: ${course.title}`,
    '',
    `Generated by \`npx tsx scripts/alignment.ts\` from \`course/\` and \`quizzes/\`; do not edit by hand.`,
    `Each objective is traced to the pages that teach it, the activities on those pages, and the checkpoint,`,
    `final-assessment and pre-test items that assess it (with the page each item's feedback points back to and the`,
    `seed document in sources/ it comes from).`,
    '',
    '## Summary',
    '',
    ...table(
      ['Objective', 'Pages', 'Activities', 'Checkpoint items', 'Final items', 'Pre-test items', 'Page words'],
      alignment.objectives.map((o) => [
        `${o.short} (\`${o.id}\`)`,
        String(o.pages.length),
        String(o.activities.length),
        String(o.items.filter((i) => i.quizKind === 'checkpoint').length),
        String(o.items.filter((i) => i.quizKind === 'final').length),
        String(o.items.filter((i) => i.quizKind === 'pretest').length),
        String(o.pages.reduce((n, p) => n + p.words, 0)),
      ]),
    ),
    '',
    `- Activities by type: ${activityKinds.map((kind) => `${activityLabels[kind]} ${summary.activities[kind]}`).join(', ')}.`,
    `- Estimated time (computed from the content: reading at ${WORDS_PER_MINUTE} words a minute plus each activity): ${summary.estimatedMinutes} minutes; page reading time at ${WORDS_PER_MINUTE} words a minute: ${summary.readingMinutes} minutes.`,
    `- Learner-facing words: ${summary.words.total} (pages ${summary.words.pages}, glossary ${summary.words.glossary}, quiz items ${summary.words.quizzes}).`,
    '',
  ];

  if (alignment.problems.length > 0) {
    out.push('## Gaps', '', ...alignment.problems.map((problem) => `- ${problem}`), '');
  }

  alignment.objectives.forEach((objective, index) => {
    out.push(`## Objective ${index + 1}: ${objective.short} (\`${objective.id}\`)`, '', `> ${objective.title}`, '');
    out.push('### Pages', '');
    if (objective.pages.length === 0) out.push('_No pages._', '');
    else
      out.push(
        ...table(
          ['#', 'Page', 'Title', 'Words'],
          objective.pages.map((p, i) => [String(i + 1), `\`${p.id}\``, p.title, String(p.words)]),
        ),
        '',
      );

    out.push('### Activities', '');
    if (objective.activities.length === 0) out.push('_No activities._', '');
    else
      out.push(
        ...table(
          ['Page', 'Type', 'Id', 'What the learner does'],
          objective.activities.map((a) => [`\`${a.pageId}\``, activityLabels[a.kind], `\`${a.id}\``, a.summary]),
        ),
        '',
      );

    out.push('### Assessment', '');
    if (objective.checkpoints.length === 0) out.push('_No checkpoint._', '');
    for (const checkpoint of objective.checkpoints) {
      out.push(
        `- Checkpoint \`${checkpoint.quizId}\` (${checkpoint.items} items) on page ${checkpoint.pageId ? `\`${checkpoint.pageId}\`` : '_none_'}.`,
      );
    }
    if (objective.checkpoints.length > 0) out.push('');
    if (objective.items.length === 0) out.push('_No assessment items._', '');
    else {
      out.push(
        ...table(
          ['Quiz', 'Item', 'Kind', 'Teaches', 'Seed', 'Stem'],
          objective.items.map((item) => {
            const elsewhere = item.teaches !== null && pageObjective.get(item.teaches) !== objective.id ? ' (outside this objective)' : '';
            return [
              `\`${item.quizId}\``,
              `\`${item.id}\``,
              item.kind,
              item.teaches ? `\`${item.teaches}\`${elsewhere}` : '_none_',
              item.source ?? '_none_',
              item.stem,
            ];
          }),
        ),
        '',
      );
    }
  });

  out.push('## Pages outside the objectives', '');
  out.push(
    ...table(
      ['Section', 'Page', 'Title', 'Words'],
      alignment.other.pages.map((p) => [`\`${p.sectionId}\``, `\`${p.id}\``, p.title, String(p.words)]),
    ),
    '',
  );
  if (alignment.other.activities.length > 0) {
    out.push(
      ...table(
        ['Page', 'Type', 'Id', 'What the learner does'],
        alignment.other.activities.map((a) => [`\`${a.pageId}\``, activityLabels[a.kind], `\`${a.id}\``, a.summary]),
      ),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---------- the command ----------

export function parseAlignmentArgs(argv: readonly string[]): { root: string; out: string } {
  let root = repoRoot;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === '--root' || arg === '--out') && value === undefined) throw new Error(`${arg} needs a value`);
    if (arg === '--root') root = resolve(value!);
    else if (arg === '--out') out = resolve(value!);
    else throw new Error(`unknown argument "${arg}" (usage: tsx scripts/alignment.ts [--root <dir>] [--out <file>])`);
    i++;
  }
  return { root, out: out ?? resolve(root, 'docs', 'alignment.md') };
}

function main(argv: readonly string[]): number {
  const { root, out } = parseAlignmentArgs(argv);
  let course: Course;
  try {
    course = loadCourse(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`alignment: ${error.message}\n`);
    return 1;
  }
  const alignment = buildAlignment(course);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, alignmentMarkdown(course, alignment));
  process.stdout.write(`Wrote ${relative(process.cwd(), out) || out}\n${summaryText(summarize(course, alignment))}`);
  for (const problem of alignment.problems) process.stderr.write(`alignment: ${problem}\n`);
  return alignment.problems.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`alignment: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
