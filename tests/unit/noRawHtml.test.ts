// The player renders content as React elements only (Markdown is compiled to a small tree at build time), so
// nothing in src/ may hand the browser a string to parse as HTML or to run as code: such a sink would let a
// content typo, or anything an LMS returns, become markup or script, and the CSP would have to be loosened.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixtures';

const SOURCE_DIR = join(repoRoot, 'src');

const RAW_SINKS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: 'innerHTML / outerHTML', pattern: /\.(inner|outer)HTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'eval', pattern: /(^|[^.\w])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
];

function sourceFiles(): string[] {
  return readdirSync(SOURCE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx)$/.test(name))
    .map((name) => join(SOURCE_DIR, name));
}

describe('no raw HTML in the player', () => {
  const files = sourceFiles();

  it('finds the sources to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(RAW_SINKS)('uses no $name anywhere in src/', ({ pattern }) => {
    const offending = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${relative(repoRoot, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offending).toEqual([]);
  });
});
