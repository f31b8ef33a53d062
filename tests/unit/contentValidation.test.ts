import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadCourse } from '../../src/content/load';
import { repoRoot } from '../support/fixtures';

function problemsOf(root: string): string[] {
  try {
    loadCourse(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('content validation', () => {
  const problems = problemsOf(resolve(repoRoot, 'tests/fixtures/broken'));

  it('names the file, the path inside it and the problem in plain words', () => {
    expect(problems).toContain('course/pages/03-focus.yaml: blocks[2].alt: required for images');
    expect(problems).toContain('course/pages/03-focus.yaml: blocks[0].md: raw HTML is not allowed: <b>');
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^course\/pages\/03-focus\.yaml: blocks\[3\]\.type: "keypoints" is not a known type \(use one of: text, keyPoints, /,
      ),
    );
    expect(problems).toContain(
      'course/pages/03-focus.yaml: blocks[4].question.options: a single-choice question needs exactly one option with correct: true',
    );
  });

  it('reports a section listing a page that does not exist', () => {
    expect(problems).toContain('course/course.yaml: sections[0].pages[1]: no page has the id "missing-page"');
  });

  it('accepts the real course and the engine fixture', () => {
    expect(problemsOf(repoRoot)).toEqual([]);
    expect(problemsOf(resolve(repoRoot, 'tests/fixtures/engine'))).toEqual([]);
  });

  describe('the pre-test and the evaluation', () => {
    /** The engine fixture with one quizzes/ file replaced. */
    function engineWith(file: string, yaml: string): string[] {
      const root = mkdtempSync(join(tmpdir(), 'content-'));
      cpSync(resolve(repoRoot, 'tests/fixtures/engine'), root, { recursive: true });
      writeFileSync(join(root, 'quizzes', file), yaml);
      return problemsOf(root);
    }
    const item = (id: string, stem = `${id}?`) =>
      `      - { id: ${id}, kind: trueFalse, stem: "${stem}", answer: true, feedback: { "true": Yes., "false": No. } }`;
    const pretest = (pools: string) => `id: pretest\nkind: pretest\ntitle: Pre-test\npools:\n${pools}\n`;

    it('needs at least two items per objective and at most nine in all', () => {
      expect(
        engineWith(
          'pretest.yaml',
          pretest(
            `  - objective: obj-a\n    draw: 2\n    items:\n${item('p1')}\n${item('p2')}\n  - objective: obj-b\n    draw: 1\n    items:\n${item('p3')}`,
          ),
        ),
      ).toContain('quizzes/pretest.yaml: pools: objective "obj-b" has 1 pre-test item(s); it needs at least 2');
      const many = Array.from({ length: 10 }, (_, i) => item(`p${i}`)).join('\n');
      expect(
        engineWith(
          'pretest.yaml',
          pretest(
            `  - objective: obj-a\n    draw: 10\n    items:\n${many}\n  - objective: obj-b\n    draw: 2\n    items:\n${item('q1')}\n${item('q2')}`,
          ),
        ),
      ).toContain('quizzes/pretest.yaml: pools: shows 12 items; a pre-test shows at most 9');
    });

    it('never shows a question of the final assessment', () => {
      const problems = engineWith(
        'pretest.yaml',
        pretest(
          `  - objective: obj-a\n    draw: 2\n    items:\n${item('p1', 'A3?')}\n${item('p2')}\n  - objective: obj-b\n    draw: 2\n    items:\n${item('p3')}\n${item('p4')}`,
        ),
      );
      expect(problems).toEqual(['quizzes/pretest.yaml: pools[0].items[0].stem: is the same question as one in the final assessment']);
    });

    it('has 5 to 7 statements on a five-point scale', () => {
      const form = (items: number, scale = '[a, b, c, d, e]') =>
        `id: evaluation\nkind: evaluation\ntitle: E\nscale: ${scale}\nitems:\n${Array.from({ length: items }, (_, i) => `  - { id: s${i}, statement: S${i}. }`).join('\n')}\n`;
      expect(engineWith('evaluation.yaml', form(4))).toEqual(['quizzes/evaluation.yaml: items: an evaluation has 5 to 7 statements']);
      expect(engineWith('evaluation.yaml', form(8))).toEqual(['quizzes/evaluation.yaml: items: an evaluation has 5 to 7 statements']);
      expect(engineWith('evaluation.yaml', form(5, '[a, b, c]'))).toEqual([
        'quizzes/evaluation.yaml: scale: the scale has five labels, from 1 (strongly disagree) to 5 (strongly agree)',
      ]);
      expect(engineWith('evaluation.yaml', form(7))).toEqual([]);
    });
  });
});
