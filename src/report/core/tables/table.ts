// A table read row by row (delimited text streamed, or a spreadsheet's first sheet): each format's reader takes
// the rows after the header, commits what each says to the store, and refuses a bad row whole with its reason.
import type { FileReport } from '../fileReport';
import type { DisciplineChoice } from './profileDiscipline';

export interface TableReader {
  /** `rowNumber` is the row as a spreadsheet numbers it: the header is row 1. */
  row(cells: readonly string[], rowNumber: number): void;
  finish(): FileReport;
  /** For a file whose profile fields may hold the discipline: which column was read, and which could be. */
  discipline?: DisciplineChoice;
}

/** Moodle escapes identity fields and interaction values with s() (htmlspecialchars), even in downloads. */
export function decodeHtmlEscapes(text: string): string {
  if (!text.includes('&')) return text;
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#039;', "'").replaceAll('&amp;', '&');
}

/** The identity columns Moodle prints when the site shows them (showuseridentity), best learner key first. */
export const MOODLE_IDENTITY_COLUMNS = ['Email address', 'Username', 'ID number'] as const;

/** The column that identifies learners across files: an identity column, else the name. */
export function learnerKeyColumn(header: readonly string[], nameColumns: readonly string[]): { index: number; byName: boolean } | null {
  for (const name of MOODLE_IDENTITY_COLUMNS) {
    const index = header.indexOf(name);
    if (index >= 0) return { index, byName: false };
  }
  for (const name of nameColumns) {
    const index = header.indexOf(name);
    if (index >= 0) return { index, byName: true };
  }
  return null;
}

export const KEYED_BY_NAME_WARNING =
  'no Email address, Username or ID number column: learners are matched by name, so two people with one name count once ' +
  'and the same person keyed by email in another file counts twice (show identity fields before downloading)';
