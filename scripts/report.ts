// CLI for the grant report (npm run -s report -- <files…>): arguments, files on disk and exit codes. Everything
// else is the report core in src/report/core, the same code the report page runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultMapping, MappingError, parseMapping } from '../src/report/core/categories';
import { figuresToCsv } from '../src/report/core/csv';
import { describeFile, type FileReport } from '../src/report/core/fileReport';
import { computeFigures, summariseStore } from '../src/report/core/figures';
import { figuresToMarkdown } from '../src/report/core/markdown';
import { customPeriod } from '../src/report/core/periods';
import { LearnerStore } from '../src/report/core/store';
import type { DisciplineChoice } from '../src/report/core/tables/profileDiscipline';
import { parseArgs, USAGE, UsageError } from './report/args';
import { readCourseFacts } from './report/courseFacts';
import { readFileInto } from './report/readFiles';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function warn(message: string): void {
  process.stderr.write(`report: ${message}\n`);
}

/** Names a Moodle export's profile fields when the discipline was not read from the column the user named, or from any. */
function profileFieldsHint(discipline: DisciplineChoice | null, named: string | undefined): string | null {
  if (!discipline || discipline.columns.length === 0) return null;
  const namedMissing = named !== undefined && discipline.chosen !== named;
  if (!namedMissing && discipline.chosen !== null) return null;
  const instead = discipline.chosen === null ? '' : `, so the discipline is read from "${discipline.chosen}"`;
  const columns = discipline.columns.map((name) => `"${name}"`).join(', ');
  return `${namedMissing ? `no column "${named}"${instead}; ` : ''}its profile field columns are ${columns}: give --discipline-column with the one that holds the discipline`;
}

async function run(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const course = readCourseFacts(repositoryRoot);
  let mapping = defaultMapping(course.roles);
  if (options.categoriesFile !== null) {
    try {
      mapping = parseMapping(readFileSync(options.categoriesFile, 'utf8'), course.roles);
    } catch (error) {
      if (error instanceof MappingError) throw new UsageError(`${options.categoriesFile}: ${error.message}`);
      throw new UsageError(`${options.categoriesFile}: cannot be read (${(error as Error).message})`);
    }
  }

  const store = new LearnerStore();
  const reports: FileReport[] = [];
  for (const file of options.files) {
    let outcome;
    try {
      outcome = await readFileInto(file, file, store, course, {
        ...(options.mapping ? { mapping: options.mapping } : {}),
        ...(options.disciplineColumn ? { disciplineColumns: [options.disciplineColumn] } : {}),
      });
    } catch (error) {
      throw new UsageError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    reports.push(outcome.report);
    warn(`${file}: ${describeFile(outcome.report)}`);
    if (outcome.needsMapping && outcome.header) {
      warn(`${file}: its columns are ${outcome.header.map((name) => `"${name}"`).join(', ')}; give --map learner=…,date=…,status=…`);
    }
    const disciplineHint = profileFieldsHint(outcome.discipline, options.disciplineColumn);
    if (disciplineHint) warn(`${file}: ${disciplineHint}`);
    for (const message of [...outcome.report.warnings, ...outcome.report.problems]) warn(`${file}: ${message}`);
  }

  const summaries = summariseStore(store, mapping);
  const period = options.period ?? customPeriod(summaries.firstDay ?? 0, summaries.lastDay ?? 0);
  const figures = computeFigures(
    summaries,
    { period, awardStart: options.awardStart, mapping, hideSmallGroups: options.hideSmallGroups },
    course,
  );
  for (const warning of figures.warnings) warn(warning);
  const heading = { program: options.program, grantNumber: options.grantNumber };
  const output = options.format === 'csv' ? figuresToCsv(figures, heading) : figuresToMarkdown(figures, heading, reports);
  if (options.out === null) process.stdout.write(output);
  else {
    writeFileSync(options.out, output);
    warn(`wrote ${options.out}`);
  }
  return reports.some((report) => report.refused !== null || report.rowsRefused > 0) ? 2 : 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  warn(error.message.includes('\n') ? error.message : `${error.message}\n\n${USAGE}`);
  process.exitCode = 1;
}
