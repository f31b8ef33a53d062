// The command line: npm run -s report -- <files…> [--period FY2025-Q1] [--award-start DATE] [--out FILE] …
import { parseIsoDay, type Day } from '../../src/report/core/days';
import { customPeriod, parsePeriod, type Period } from '../../src/report/core/periods';
import { MAPPED_FIELDS, type ColumnMapping, type MappedField } from '../../src/report/core/tables/generic';

export type OutputFormat = 'md' | 'csv';

export interface ReportOptions {
  files: string[];
  /** Null: from the first to the last record in the files. */
  period: Period | null;
  awardStart: Day | null;
  out: string | null;
  format: OutputFormat;
  program: string;
  grantNumber: string;
  /** Columns of exports from other LMSs (--map learner=Email,date=Completed,status=Status). */
  mapping: ColumnMapping | null;
  disciplineColumn: string | undefined;
  /** A category mapping saved from the page (--categories file.json). */
  categoriesFile: string | null;
  hideSmallGroups: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run -s report -- <export files…> [options]

Reads LMS exports (Moodle SCORM basic, interactions and objectives reports as text, ODS or Excel; Moodle course
completion and gradebook CSV; xAPI statements as JSON; another LMS's CSV with --map) and writes the grant report.

  --period FY2025-Q1 | 2025-H1 | 2024-10-01..2024-12-31
                          federal fiscal quarter, JustGrants half (H1 = Jan–Jun), or dates (default: all dates)
  --award-start YYYY-MM-DD  first day of the award, for cumulative figures (default: the first record)
  --out FILE              write the report to FILE instead of standard output
  --format md|csv         Markdown (default) or one tidy CSV table
  --program TEXT, --grant TEXT   program name and grant number heading the report
  --map learner=COL,date=COL,status=COL[,score=COL,role=COL,time=COL][,dates=dmy]
                          columns of an export from another LMS (dates: mdy (default) or dmy for 03/04/2025)
  --discipline-column COL the profile field column holding the discipline (Moodle gradebook or completion export)
  --categories FILE       a category mapping saved from the report page
  --hide-small            hide counts of 1 to 4 learners in groups, for privacy

Exit code 0: every row counted; 2: the report was written but some files or rows could not be counted (each is
named on standard error); 1: nothing written (a wrong option or a missing file).`;

export class UsageError extends Error {}

function readDay(option: string, value: string): Day {
  const day = parseIsoDay(value);
  if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`${option} needs a date written YYYY-MM-DD, got "${value}"`);
  return day;
}

function readMapping(value: string): ColumnMapping {
  const mapping: ColumnMapping = { columns: {}, slashOrder: 'mdy' };
  for (const pair of value.split(',')) {
    const [field = '', column = ''] = pair.split(/=(.*)/s, 2).map((part) => part.trim());
    if (field === 'dates' && (column === 'mdy' || column === 'dmy')) mapping.slashOrder = column;
    else if ((MAPPED_FIELDS as readonly string[]).includes(field) && column !== '') mapping.columns[field as MappedField] = column;
    else throw new UsageError(`--map takes field=column pairs (fields: ${MAPPED_FIELDS.join(', ')}, dates), got "${pair}"`);
  }
  return mapping;
}

export function parseArgs(argv: readonly string[]): ReportOptions {
  const options: ReportOptions = {
    files: [],
    period: null,
    awardStart: null,
    out: null,
    format: 'md',
    program: '',
    grantNumber: '',
    mapping: null,
    disciplineColumn: undefined,
    categoriesFile: null,
    hideSmallGroups: false,
    help: false,
  };
  let from: Day | null = null;
  let to: Day | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') options.help = true;
    else if (argument === '--hide-small') options.hideSmallGroups = true;
    else if (!argument.startsWith('--')) options.files.push(argument);
    else {
      // Both "--period FY2025-Q1" and "--period=FY2025-Q1".
      const [option = '', inline] = argument.split(/=(.*)/s, 2);
      const value = inline ?? argv[(index += 1)];
      if (value === undefined) throw new UsageError(`${option} needs a value`);
      switch (option) {
        case '--period': {
          const period = parsePeriod(value);
          if (!period) throw new UsageError(`--period takes FY2025-Q1, 2025-H1 or 2024-10-01..2024-12-31, got "${value}"`);
          options.period = period;
          break;
        }
        case '--from':
          from = readDay(option, value);
          break;
        case '--to':
          to = readDay(option, value);
          break;
        case '--award-start':
          options.awardStart = readDay(option, value);
          break;
        case '--out':
          options.out = value;
          break;
        case '--format':
          if (value !== 'md' && value !== 'csv') throw new UsageError(`--format must be md or csv, got "${value}"`);
          options.format = value;
          break;
        case '--program':
          options.program = value;
          break;
        case '--grant':
          options.grantNumber = value;
          break;
        case '--map':
          options.mapping = readMapping(value);
          break;
        case '--discipline-column':
          options.disciplineColumn = value;
          break;
        case '--categories':
          options.categoriesFile = value;
          break;
        default:
          throw new UsageError(`unknown option ${option}`);
      }
    }
  }
  if (options.help) return options;
  if (options.files.length === 0) throw new UsageError('no export files given');
  if (from !== null || to !== null) {
    if (options.period) throw new UsageError('give --period or --from/--to, not both');
    if (from === null || to === null || from > to) throw new UsageError('--from and --to go together, the first not after the second');
    options.period = customPeriod(from, to);
  }
  return options;
}
