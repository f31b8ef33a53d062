// A clone of this repository is all a contributor or CI has: nothing the build or the tests read may live in a
// folder beside it (the team's ../shared hand-over folder exists only on our own machines).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixtures';

const CHECKED_FOLDERS = ['src', 'manifest', 'scripts', 'tests', 'preview', '.ci'];
const CODE_FILE = /\.(ts|tsx|js|mjs|cjs|json|sh)$|(^|\/)run$/;
const SHARED_REFERENCE = /(?:\.\.\/)+shared\b/g;

/** A relative "../shared" that climbs out of the repository from the file that names it. */
function readsOutside(file: string): boolean {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  return [...text.matchAll(SHARED_REFERENCE)].some((match) =>
    relative(repoRoot, resolve(repoRoot, dirname(file), match[0])).startsWith('..'),
  );
}

function trackedCodeFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...CHECKED_FOLDERS], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return listed.split('\n').filter((file) => CODE_FILE.test(file));
}

describe('the repository stands alone', () => {
  const files = trackedCodeFiles();

  it('finds the code to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('reads no folder outside the repository', () => {
    const offenders = files.filter(readsOutside);
    expect(offenders).toEqual([]);
  });

  it('keeps the schemas and the source documents in the repository', () => {
    for (const file of [
      'manifest/schemas/scorm/scorm12_all.xsd',
      'manifest/schemas/scorm/scorm2004_4th_all.xsd',
      'manifest/schemas/scorm/scorm2004_3rd_all.xsd',
      'manifest/schemas/cmi5/CourseStructure.xsd',
      'sources/README.md',
    ]) {
      expect(() => readFileSync(join(repoRoot, file)), file).not.toThrow();
    }
  });
});
