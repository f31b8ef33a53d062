// No wall of text: no page asks for more than 600 words of continuous reading, counted from the content. And the
// course's time, computed from the words learners read and the things they do, is the figure every screen and
// manifest shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CoursePage } from '../../src/content/course';
import { ACTIVITY_MINUTES, estimateTime, WORDS_PER_MINUTE } from '../../src/content/estimate';
import { loadCourse } from '../../src/content/load';
import { parseInline, parseRichText } from '../../src/content/markdown';
import { course as courseSchema } from '../../src/content/schema';
import { longestStretch, readingStretches } from '../../src/content/words';
import { engineFixture, repoRoot } from '../support/fixtures';

const MAX_CONTINUOUS_WORDS = 600;

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
const page = (blocks: CoursePage['blocks']): CoursePage => ({ id: 'p', title: 'Title', blocks, objective: null, sectionId: 's' });

describe('continuous reading', () => {
  it('no page of the course asks for more than 600 words at a stretch', () => {
    const course = loadCourse(repoRoot);
    const over = course.pages.map(longestStretch).filter((stretch) => stretch.words > MAX_CONTINUOUS_WORDS);
    expect(over, 'break these passages up with accordion, tabs, process or reveal-card blocks').toEqual([]);
  });

  it('runs on through text blocks and stops at an activity or a block that hides text behind a choice', () => {
    const stretches = readingStretches(
      page([
        { type: 'text', md: parseRichText(words(300)) },
        { type: 'callout', tone: 'note', md: parseRichText(words(200)) },
        {
          type: 'accordion',
          items: [
            { title: parseInline('Part one'), md: parseRichText(words(400)) },
            { title: parseInline('Part two'), md: parseRichText(words(50)) },
          ],
        },
        { type: 'text', md: parseRichText(words(150)) },
        { type: 'reflection', id: 'r', prompt: parseRichText('Think.'), modelAnswer: parseRichText('An answer.') },
        { type: 'text', md: parseRichText(words(100)) },
      ]),
    );
    expect(stretches.map((s) => s.words)).toEqual([400, 50, 1 + 300 + 200 + 4 + 150, 100]);
    expect(longestStretch(page([{ type: 'text', md: parseRichText(words(700)) }])).words).toBe(701);
  });
});

describe('the course time', () => {
  it('is reading at 200 words a minute plus each activity, rounded up to 5 minutes', () => {
    const reading = page([{ type: 'text', md: parseRichText(words(WORDS_PER_MINUTE * 12 - 1)) }]);
    expect(estimateTime([reading], {})).toEqual({ readingWords: WORDS_PER_MINUTE * 12, activityMinutes: 0, minutes: 15 });
    const withReflection = page([
      { type: 'text', md: parseRichText(words(WORDS_PER_MINUTE * 10 - 1)) },
      { type: 'reflection', id: 'r', prompt: parseRichText('Think.'), modelAnswer: parseRichText('An answer.') },
    ]);
    expect(estimateTime([withReflection], {}).activityMinutes).toBe(ACTIVITY_MINUTES.reflection);
  });

  it('is what the compiled course carries, for the welcome screen, the certificate and the manifests', () => {
    const course = loadCourse(repoRoot);
    expect(course.estimatedMinutes).toBe(estimateTime(course.pages, course.quizzes).minutes);
    expect(course.estimatedMinutes % 5).toBe(0);
    expect(loadCourse(engineFixture).estimatedMinutes).toBeGreaterThan(0);
  });

  it('is never written by hand in course.yaml', () => {
    const authored = parse(readFileSync(join(repoRoot, 'course/course.yaml'), 'utf8')) as Record<string, unknown>;
    const result = courseSchema.safeParse({ ...authored, estimatedMinutes: 60 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'estimatedMinutes: is computed from the content at build time: remove it from course.yaml',
    ]);
  });
});
