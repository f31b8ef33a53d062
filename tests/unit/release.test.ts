// The release folder from a made-up dist/: which files it takes (by pattern, so new package kinds need no change
// here), the checksum file that sha256sum itself accepts, and the guide as a printable page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/files';
import { writeRelease } from '../../scripts/release';
import { headingId, printableHtml } from '../../scripts/release/printableHtml';

const GUIDE = `# Coordinator guide: *the* course

1. [Choose a package](#1-choose-a-package)

## 1. Choose a package

See [the report's README](../scripts/report/README.md) and [Moodle's FAQ](https://docs.moodle.org/en/SCORM_FAQ).

## Moodle

## Moodle
`;

let dist: string;

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'release-dist-'));
  writeFileSync(join(dist, 'course-1.0.0-scorm12.zip'), 'zip one');
  writeFileSync(join(dist, 'course-1.0.0-cmi5.zip'), 'zip two');
  mkdirSync(join(dist, 'web'));
  writeFileSync(join(dist, 'web', 'index.html'), '<!doctype html>');
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

const release = () => writeRelease({ distDir: dist, guideMarkdown: GUIDE, changelog: '# Changes\n' });

describe('the release folder', () => {
  it('holds every zip in dist/, the guide, the changelog and SHA256SUMS, and not the web build', () => {
    expect(filesUnder(release())).toEqual([
      'CHANGELOG.md',
      'SHA256SUMS',
      'coordinator-guide.html',
      'course-1.0.0-cmi5.zip',
      'course-1.0.0-scorm12.zip',
    ]);
  });

  it('takes the grant-report page and what lies beside it when the build made one', () => {
    mkdirSync(join(dist, 'report'));
    writeFileSync(join(dist, 'report', 'index.html'), '<!doctype html><title>Report</title>');
    expect(filesUnder(release())).toContain('report/index.html');
  });

  it('writes SHA256SUMS that sha256sum -c accepts, and that catches a changed file', () => {
    const folder = release();
    const sums = readFileSync(join(folder, 'SHA256SUMS'), 'utf8');
    expect(sums.trim().split('\n')).toHaveLength(4);
    expect(sums).toMatch(/^[0-9a-f]{64} {2}course-1\.0\.0-cmi5\.zip$/m);
    expect(execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' })).toMatch(/cmi5\.zip: OK/);
    writeFileSync(join(folder, 'course-1.0.0-cmi5.zip'), 'damaged');
    expect(() => execFileSync('sha256sum', ['--check', '--quiet', 'SHA256SUMS'], { cwd: folder, stdio: 'pipe' })).toThrow();
  });

  it('starts afresh: a zip no longer in dist/ is not left in the release', () => {
    release();
    rmSync(join(dist, 'course-1.0.0-cmi5.zip'));
    expect(filesUnder(release())).not.toContain('course-1.0.0-cmi5.zip');
  });

  it('refuses to write a release without any package', () => {
    rmSync(join(dist, 'course-1.0.0-scorm12.zip'));
    rmSync(join(dist, 'course-1.0.0-cmi5.zip'));
    expect(() => release()).toThrow(/No package zip/);
  });
});

describe('the guide as a printable page', () => {
  const html = printableHtml(GUIDE);

  it('is one self-contained page: no external script, style sheet, font or image', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/);
    expect(html).toContain('@media print');
  });

  it('takes its title from the first heading, as plain text', () => {
    expect(html).toContain('<title>Coordinator guide: the course</title>');
  });

  it("gives headings GitHub's ids, so the guide's own links work, and numbers repeated ones", () => {
    expect(headingId('3. What the course reports, and where to find it')).toBe('3-what-the-course-reports-and-where-to-find-it');
    expect(html).toContain('<h2 id="1-choose-a-package">1. Choose a package</h2>');
    expect(html).toContain('<a href="#1-choose-a-package">Choose a package</a>');
    expect(html).toContain('<h2 id="moodle">Moodle</h2>');
    expect(html).toContain('<h2 id="moodle-1">Moodle</h2>');
  });

  it('keeps web links, and turns links to project files (absent from the release) into text', () => {
    expect(html).toContain('<a href="https://docs.moodle.org/en/SCORM_FAQ">Moodle&#39;s FAQ</a>');
    expect(html).toContain('See the report&#39;s README and');
    expect(html).not.toContain('../scripts');
  });
});
