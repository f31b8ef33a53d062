// What `npm run package` leaves in dist/release/ for a coordinator: every package zip the build made, byte for byte,
// the grant-report page when there is one, the coordinator guide as a page with every heading of the guide, the
// changelog, and checksums that sha256sum accepts. No browser: it reads the files.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/files';
import { headingId } from '../../scripts/release/printableHtml';
import { repoRoot } from '../support/fixtures';

const dist = resolve(repoRoot, 'dist');
const release = join(dist, 'release');

describe('dist/release', () => {
  const files = filesUnder(release);

  it('holds every package zip in dist/, unchanged', () => {
    const zips = readdirSync(dist).filter((name) => name.endsWith('.zip'));
    expect(zips.length).toBeGreaterThanOrEqual(2);
    for (const zip of zips) expect(readFileSync(join(release, zip)).equals(readFileSync(join(dist, zip))), zip).toBe(true);
  });

  it('holds the grant-report page if the build made one, the guide, the changelog and the checksums', () => {
    const expected = ['coordinator-guide.html', 'CHANGELOG.md', 'SHA256SUMS'];
    if (existsSync(join(dist, 'report', 'index.html'))) expected.push('report/index.html');
    expect(files).toEqual(expect.arrayContaining(expected));
    expect(readFileSync(join(release, 'CHANGELOG.md'), 'utf8')).toBe(readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8'));
  });

  it('has a SHA256SUMS line for every other file, and sha256sum verifies them all', () => {
    const listed = readFileSync(join(release, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.slice(66));
    expect(listed).toEqual(files.filter((name) => name !== 'SHA256SUMS'));
    execFileSync('sha256sum', ['--check', '--strict', '--quiet', 'SHA256SUMS'], { cwd: release, stdio: 'pipe' });
  });

  it("has the coordinator guide as HTML with every one of the guide's headings, linked by id", () => {
    const html = readFileSync(join(release, 'coordinator-guide.html'), 'utf8');
    const headings = [...readFileSync(join(repoRoot, 'docs', 'coordinator-guide.md'), 'utf8').matchAll(/^#{1,3} (.+)$/gm)].map(
      (m) => m[1]!,
    );
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings)
      expect(html, heading).toMatch(new RegExp(`<h[1-3] id="${headingId(heading.replace(/[*_`]/g, ''))}(-\\d+)?">`));
    expect(html).toContain('@media print');
  });
});
