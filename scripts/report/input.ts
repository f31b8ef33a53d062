// One export file, from text to normalised rows: parse the delimited text, recognise the format, normalise.
import type { CourseFacts } from './course';
import { parseDelimited, type DelimitedText } from './csv';
import { ReportError } from './errors';
import { detectFormat } from './formats';
import { readGenericRows } from './generic';
import { readMoodleRows } from './moodle';
import type { ParsedExport } from './records';

function parseTable(fileName: string, text: string): DelimitedText {
  try {
    return parseDelimited(text);
  } catch (error) {
    throw new ReportError(`${fileName}: ${(error as Error).message}`);
  }
}

export function readExport(fileName: string, text: string, course: CourseFacts): ParsedExport {
  const table = parseTable(fileName, text);
  const [header, ...records] = table.records;
  if (header === undefined) throw new ReportError(`${fileName}: the file is empty`);
  const rowNumbers = table.rowNumbers.slice(1);

  const format = detectFormat(fileName, header);
  return format.kind === 'generic'
    ? readGenericRows(fileName, records, rowNumbers, format.columns, course.roles, header.length)
    : readMoodleRows(fileName, records, rowNumbers, format.layout, course);
}
