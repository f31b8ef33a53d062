// @vitest-environment node
import { resolve } from 'node:path';
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
    expect(problems).toContainEqual(expect.stringMatching(/^course\/pages\/03-focus\.yaml: blocks\[3\]\.type: "keypoints" is not a known type \(use one of: text, keyPoints, /));
    expect(problems).toContain('course/pages/03-focus.yaml: blocks[4].question.options: a single-choice question needs exactly one option with correct: true');
  });

  it('reports a section listing a page that does not exist', () => {
    expect(problems).toContain('course/course.yaml: sections[0].pages[1]: no page has the id "missing-page"');
  });

  it('accepts the real course and the engine fixture', () => {
    expect(problemsOf(repoRoot)).toEqual([]);
    expect(problemsOf(resolve(repoRoot, 'tests/fixtures/engine'))).toEqual([]);
  });
});
