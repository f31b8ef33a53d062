// The command line: npm run report -- <files…> [--from DATE] [--to DATE] [--format md|csv]
import { parseIsoDate } from './dates';
import { ReportError } from './errors';

export type OutputFormat = 'md' | 'csv';

export interface ReportOptions {
  files: string[];
  from: string | null;
  to: string | null;
  format: OutputFormat;
  help: boolean;
}

export const USAGE = `Usage: npm run report -- <export files…> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format md|csv]

Reads LMS exports (Moodle SCORM basic or interactions report, or the generic CSV described in
scripts/report/README.md) and prints trainees reached, completed and passed by role, by month and in total.
--from and --to are inclusive; --format defaults to md (Markdown).`;

function usageError(message: string): ReportError {
  return new ReportError(`${message}\n\n${USAGE}`);
}

function readDate(option: string, value: string): string {
  const date = parseIsoDate(value);
  if (date === null || date !== value) throw usageError(`${option} needs a date written YYYY-MM-DD, got "${value}"`);
  return date;
}

export function parseArgs(argv: readonly string[]): ReportOptions {
  const options: ReportOptions = { files: [], from: null, to: null, format: 'md', help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') {
      options.help = true;
      continue;
    }
    if (!argument.startsWith('--')) {
      options.files.push(argument);
      continue;
    }
    // Both "--from 2024-01-01" and "--from=2024-01-01".
    const [option = '', inlineValue] = argument.split(/=(.*)/s, 2);
    let value = inlineValue;
    if (value === undefined) {
      index += 1;
      value = argv[index];
    }
    if (value === undefined) throw usageError(`${option} needs a value`);
    if (option === '--from') options.from = readDate(option, value);
    else if (option === '--to') options.to = readDate(option, value);
    else if (option === '--format') {
      if (value !== 'md' && value !== 'csv') throw usageError(`--format must be md or csv, got "${value}"`);
      options.format = value;
    } else throw usageError(`unknown option ${option}`);
  }
  if (options.help) return options;
  if (options.files.length === 0) throw usageError('no export files given');
  if (options.from !== null && options.to !== null && options.from > options.to) {
    throw usageError(`--from ${options.from} is after --to ${options.to}`);
  }
  return options;
}
