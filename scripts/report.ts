// CLI for the trainee report (npm run report -- <files…>): handles arguments, files and exit codes only; the work
// is done by the pure functions in scripts/report/. Any problem ends the run with a message on stderr, exit code 1,
// and nothing on stdout, so a partial report never passes for a whole one.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregate } from './report/aggregate';
import { parseArgs, USAGE } from './report/args';
import { parseMasteryScore, parseRoles } from './report/course';
import { ReportError } from './report/errors';
import { readExport } from './report/input';
import { renderCsv, renderMarkdown } from './report/render';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ReportError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** A course file, named in messages as it is in the repository. */
function readCourseFile(name: string): { name: string; text: string } {
  const path = join(repositoryRoot, 'course', name);
  return { name: relative(repositoryRoot, path), text: readText(path) };
}

function run(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const rolesFile = readCourseFile('roles.yaml');
  const courseFile = readCourseFile('course.yaml');
  const roles = parseRoles(rolesFile.name, rolesFile.text);
  const course = { roles, masteryScore: parseMasteryScore(courseFile.name, courseFile.text) };

  const exports = options.files.map((file) => readExport(file, readText(file), course));
  const report = aggregate(
    exports.flatMap((parsed) => parsed.rows),
    { from: options.from, to: options.to },
    roles,
    options.files,
  );
  for (const warning of [...exports.flatMap((parsed) => parsed.warnings), ...report.warnings]) {
    process.stderr.write(`report: warning: ${warning}\n`);
  }
  process.stdout.write(options.format === 'csv' ? renderCsv(report) : renderMarkdown(report));
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ReportError)) throw error;
  process.stderr.write(`report: ${error.message}\n`);
  process.exitCode = 1;
}
