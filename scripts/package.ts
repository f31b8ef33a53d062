// `npm run package`: validate the content, build the player once, and write
//   dist/web/                                   the plain web build (no LMS; opens from file:// too)
//   dist/<id>-<version>-scorm12.zip             for LMSs that speak SCORM 1.2
//   dist/<id>-<version>-scorm2004.zip           for LMSs that speak SCORM 2004 4th edition
//   dist/<id>-<version>-scorm2004-3rd.zip       for LMSs that take SCORM 2004 3rd edition only
//   dist/<id>-<version>-cmi5.zip                for cmi5 LMSs (cmi5.xml), with the xAPI player build
//   dist/<id>-<version>-xapi.zip                for xAPI ("Tin Can") LMSs (tincan.xml), with the xAPI player build
// Each package is the same build with its tracking mode named in index.html and, for SCORM, an imsmanifest.xml.
// Then the report page (dist/report/), the release folder (dist/release/) and dist/index.html, which links them all.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { LRS_MODE } from '../vite.config';
import type { ManifestInput } from '../manifest/types';
import type { Course } from '../src/content/course';
import { ContentError, loadCourse } from '../src/content/load';
import { writeDistIndex } from './distIndex';
import { filesUnder } from './files';
import { packageDescriptors, playerBuild, VARIANTS, withConnectSources, type Variant } from './package-variants';
import { distDir, repoRoot } from './paths';
import { writeRelease } from './release';
import { buildReportPage } from './reportPage';

export type { Variant } from './package-variants';

export interface PackageResult {
  variant: Variant;
  dir: string;
  zip: string | null;
}

function manifestInput(course: Course, files: string[]): ManifestInput {
  return {
    courseId: course.id,
    version: course.version,
    title: course.title,
    description: course.description,
    language: course.language,
    estimatedMinutes: course.estimatedMinutes,
    masteryScore: course.masteryScore ?? undefined,
    objectives: course.objectives.map(({ id, title }) => ({ id, title })),
    launch: 'index.html',
    files,
  };
}

/** The zip's entries carry a fixed date so the same content gives the same bytes. */
const FIXED_MTIME = new Date('2026-01-01T00:00:00Z');

function writeZip(dir: string, zipPath: string): void {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of filesUnder(dir)) entries[file] = [readFileSync(join(dir, file)), { mtime: FIXED_MTIME }];
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
}

function makeVariant(course: Course, buildDir: string, variant: Variant): PackageResult {
  const dir = join(distDir, variant);
  rmSync(dir, { recursive: true, force: true });
  cpSync(buildDir, dir, { recursive: true });
  const imagesDir = join(repoRoot, 'course', 'images');
  if (existsSync(imagesDir)) cpSync(imagesDir, join(dir, 'images'), { recursive: true });
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  const tagged = html.replace(
    /<meta name="course-tracking" content="[^"]*"/,
    `<meta name="course-tracking" content="${variant === 'web' ? 'local' : variant}"`,
  );
  if (tagged === html && variant !== 'web') throw new Error('index.html has no course-tracking meta tag to set');
  writeFileSync(indexPath, withConnectSources(variant, tagged));
  if (variant === 'web') return { variant, dir, zip: null };

  const input = manifestInput(course, filesUnder(dir));
  for (const [name, text] of Object.entries(packageDescriptors(variant, course, input))) writeFileSync(join(dir, name), text);
  const zip = join(distDir, `${course.id}-${course.version}-${variant}.zip`);
  writeZip(dir, zip);
  return { variant, dir, zip };
}

export async function packageCourse(): Promise<PackageResult[]> {
  const course = loadCourse(repoRoot);
  // Our config imports TypeScript modules without extensions, which Vite's default bundled loader handles.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  for (const mode of ['production', LRS_MODE]) await build({ configFile: resolve(repoRoot, 'vite.config.ts'), logLevel: 'warn', mode });
  mkdirSync(distDir, { recursive: true });
  for (const stale of readdirSync(distDir).filter((name) => name.endsWith('.zip'))) rmSync(join(distDir, stale));
  const results = VARIANTS.map((variant) => makeVariant(course, resolve(repoRoot, 'build', playerBuild(variant)), variant));
  await buildReportPage();
  return results;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === resolve(repoRoot, 'scripts', 'package.ts')) {
  const started = Date.now();
  try {
    const results = await packageCourse();
    for (const result of results) {
      const where = result.zip ?? join(result.dir, 'index.html');
      const size = result.zip ? ` (${kb(statSync(result.zip).size)})` : '';
      console.log(`${result.variant.padEnd(14)} ${relative(process.cwd(), where)}${size}`);
    }
    console.log(`release   ${relative(process.cwd(), writeRelease())}/ (the zips, the coordinator guide, CHANGELOG.md, SHA256SUMS)`);
    console.log(`index     ${relative(process.cwd(), writeDistIndex(loadCourse(repoRoot).title))} (links all of the above)`);
    console.log(`Packaged in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
