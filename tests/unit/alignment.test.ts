// The alignment of objectives → pages → activities → assessment (scripts/alignment.ts), on the real course and on
// the fixture courses in tests/fixtures/content/ (see its README).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/content/course';
import { ContentError, loadCourse } from '../../src/content/load';
import { alignmentMarkdown, buildAlignment, parseAlignmentArgs, summarize } from '../../scripts/alignment';
import { countWords } from '../../src/content/words';
import { repoRoot } from '../../scripts/paths';

const fixture = (name: string) => join(repoRoot, 'tests', 'fixtures', 'content', name);

/** The problems loadCourse reports for a root that must not load. */
function loadProblems(root: string): string[] {
  try {
    loadCourse(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error(`${root} loaded, but it should have failed`);
}

let realCourse: Course | undefined;
/** Loaded on first use, so a content error fails the tests that need the course, with its message. */
function course(): Course {
  realCourse ??= loadCourse(repoRoot);
  return realCourse;
}

describe('countWords', () => {
  it('counts runs of text with a letter or digit, not dashes or stray punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  Service providers — and law-enforcement,  since 2015 ! ')).toBe(6);
    expect(countWords('Call 1-888-373-7888\nor visit\twww.example.org')).toBe(5);
  });
});

describe('the real course', () => {
  it('has at least one page for every objective', () => {
    const alignment = buildAlignment(course());
    expect(alignment.objectives.map((o) => o.id)).toEqual(course().objectives.map((o) => o.id));
    for (const objective of alignment.objectives) {
      expect(objective.pages.length, `objective ${objective.id}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('has a checkpoint for every objective, on a page of that objective', () => {
    const pages = new Map(course().pages.map((p) => [p.id, p]));
    for (const objective of buildAlignment(course()).objectives) {
      expect(objective.checkpoints.length, `objective ${objective.id}`).toBeGreaterThanOrEqual(1);
      for (const checkpoint of objective.checkpoints) {
        expect(checkpoint.pageId, `checkpoint ${checkpoint.quizId}`).not.toBeNull();
        expect(pages.get(checkpoint.pageId!)?.objective).toBe(objective.id);
      }
    }
  });

  it('has no alignment gaps: every objective has pages, activities, a checkpoint and final items', () => {
    expect(buildAlignment(course()).problems).toEqual([]);
  });

  it('summarizes pages per objective, activities, minutes and words', () => {
    const alignment = buildAlignment(course());
    const summary = summarize(course(), alignment);
    expect(summary.pagesPerObjective).toEqual(Object.fromEntries(alignment.objectives.map((o) => [o.id, o.pages.length])));
    expect(summary.estimatedMinutes).toBe(course().estimatedMinutes);
    expect(summary.activities.actionPlan).toBeGreaterThanOrEqual(1);
    expect(summary.words.pages).toBeGreaterThan(0);
    expect(summary.words.total).toBe(summary.words.pages + summary.words.glossary + summary.words.quizzes);
  });

  it('docs/alignment.md is up to date (regenerate it with `npx tsx scripts/alignment.ts`)', () => {
    const written = readFileSync(join(repoRoot, 'docs', 'alignment.md'), 'utf8');
    expect(written).toBe(alignmentMarkdown(course()));
  });
});

describe('a fixture course with every objective aligned', () => {
  const root = fixture('minimal');

  it('has no gaps, and the Markdown traces each objective to its pages, activities and items', () => {
    const fixtureCourse = loadCourse(root);
    const alignment = buildAlignment(fixtureCourse);
    expect(alignment.problems).toEqual([]);
    const [one, two] = alignment.objectives;
    expect(one?.pages.map((p) => p.id)).toEqual(['first-page', 'checkpoint-one']);
    expect(one?.activities.map((a) => [a.kind, a.id])).toEqual([
      ['reflection', 'reflect-first'],
      ['knowledgeCheck', 'kc-first'],
    ]);
    expect(two?.activities.map((a) => a.kind)).toEqual(['sort', 'actionPlan']);
    expect(one?.items.map((i) => [i.quizKind, i.id, i.teaches])).toEqual([
      ['checkpoint', 'cp-one-a', 'first-page'],
      ['final', 'fa-one', 'first-page'],
    ]);

    const markdown = alignmentMarkdown(fixtureCourse, alignment);
    expect(markdown).toContain('## Objective 1: First thing (`obj-one`)');
    expect(markdown).toContain('| `first-page` | Reflection | `reflect-first` | Why does the first thing matter? |');
    expect(markdown).toContain('| `checkpoint-two` | `cp-two-a` | single | `second-page` | _none_ | Where does the left item go? |');
    expect(markdown).not.toContain('## Gaps');
  });
});

describe('a fixture course with an objective that has no page', () => {
  const root = fixture('objective-without-page');

  it('loads, but the alignment check fails with messages naming that objective', () => {
    const fixtureCourse = loadCourse(root);
    const { problems } = buildAlignment(fixtureCourse);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toContain('"obj-orphan"');
    expect(problems).toContainEqual(expect.stringMatching(/"obj-orphan".*has no pages/));
    expect(problems).toContainEqual(expect.stringMatching(/"obj-orphan".*has no checkpoint/));
    expect(alignmentMarkdown(fixtureCourse)).toContain('## Gaps');
  });
});

describe('fixture courses that name an objective that does not exist', () => {
  it('a page: loading fails, naming the file and path', () => {
    expect(loadProblems(fixture('page-unknown-objective'))).toContain(
      'course/pages/10-first-page.yaml: objective: no objective has the id "obj-missing"',
    );
  });

  it('a knowledge check and a checkpoint item: loading fails, naming each file and path', () => {
    const problems = loadProblems(fixture('question-unknown-objective'));
    expect(problems).toContain(
      'course/pages/10-first-page.yaml: blocks[2].question.objective: is "obj-missing" but belongs to objective "obj-one"',
    );
    expect(problems).toContain('quizzes/checkpoint-one.yaml: items[0].objective: is "obj-missing" but belongs to objective "obj-one"');
  });
});

describe('parseAlignmentArgs', () => {
  it('defaults to the repository and docs/alignment.md, and takes --root and --out', () => {
    expect(parseAlignmentArgs([])).toEqual({ root: repoRoot, out: join(repoRoot, 'docs', 'alignment.md') });
    const root = fixture('minimal');
    expect(parseAlignmentArgs(['--root', root])).toEqual({ root, out: join(root, 'docs', 'alignment.md') });
    expect(parseAlignmentArgs(['--out', '/tmp/a.md']).out).toBe('/tmp/a.md');
    expect(() => parseAlignmentArgs(['--root'])).toThrow('--root needs a value');
    expect(() => parseAlignmentArgs(['--verbose'])).toThrow('unknown argument "--verbose"');
  });
});
