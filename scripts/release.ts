// dist/release/: what a coordinator without a terminal receives, written by `npm run package` after the packages.
//   <id>-<version>-<kind>.zip   every package zip in dist/ (whatever kinds this build makes)
//   report/                     the grant-report page, when the build has made one (dist/report/index.html)
//   coordinator-guide.html      docs/coordinator-guide.md as one printable page
//   CHANGELOG.md                what changed for learners and coordinators, version by version
//   SHA256SUMS                  a checksum of every file above, to check a copy arrived whole
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, repoRoot } from './paths';
import { CHECKSUMS_FILE, checksumsOf } from './release/checksums';
import { printableHtml } from './release/printableHtml';

export const RELEASE_FOLDER = 'release';
export const GUIDE_FILE = 'coordinator-guide.html';
export const CHANGELOG_FILE = 'CHANGELOG.md';
export const REPORT_FOLDER = 'report';

export interface ReleaseSources {
  /** Where the packages are (the zips, and report/ if the build made the report page). */
  distDir: string;
  guideMarkdown: string;
  changelog: string;
}

function sourcesInRepository(): ReleaseSources {
  return {
    distDir,
    guideMarkdown: readFileSync(join(repoRoot, 'docs', 'coordinator-guide.md'), 'utf8'),
    changelog: readFileSync(join(repoRoot, CHANGELOG_FILE), 'utf8'),
  };
}

/** Writes <distDir>/release afresh and returns its path. */
export function writeRelease(sources: ReleaseSources = sourcesInRepository()): string {
  const release = join(sources.distDir, RELEASE_FOLDER);
  rmSync(release, { recursive: true, force: true });
  mkdirSync(release, { recursive: true });

  const zips = readdirSync(sources.distDir).filter((name) => name.endsWith('.zip'));
  if (zips.length === 0) throw new Error(`No package zip in ${sources.distDir}: the release would be empty.`);
  for (const zip of zips) copyFileSync(join(sources.distDir, zip), join(release, zip));
  const report = join(sources.distDir, REPORT_FOLDER);
  if (existsSync(join(report, 'index.html'))) cpSync(report, join(release, REPORT_FOLDER), { recursive: true });

  writeFileSync(join(release, GUIDE_FILE), printableHtml(sources.guideMarkdown));
  writeFileSync(join(release, CHANGELOG_FILE), sources.changelog);
  writeFileSync(join(release, CHECKSUMS_FILE), checksumsOf(release));
  return release;
}
