// Recognises a table from its header row and opens the reader for it: Moodle's SCORM reports, course completion
// report and gradebook export by their column texts; anything else is another LMS's export, read with the columns
// the user chose (or, until they choose, with a guess that names the learner, date and status).
import type { CourseFacts } from '../course';
import type { LearnerStore } from '../store';
import { guessMapping, missingFields, openGeneric, type ColumnMapping } from './generic';
import { COURSE_COMPLETE_COLUMN, openMoodleCompletion } from './moodleCompletion';
import { GRADEBOOK_MARKER_COLUMN, openMoodleGradebook } from './moodleGradebook';
import { MOODLE_SCORM_COLUMNS, openMoodleScorm } from './moodleScorm';
import type { TableReader } from './table';

export interface TableOptions {
  /** Columns for an export of another LMS; when absent a guess is tried. */
  mapping?: ColumnMapping;
  /**
   * Profile field columns the user said hold the discipline (Moodle gradebook and completion exports), most recent
   * first: the first one a file has is read; a file with none of them falls back to a column named like a discipline.
   */
  disciplineColumns?: readonly string[];
}

export type OpenedTable =
  | { reader: TableReader; header: string[]; mapping: ColumnMapping | null }
  | { needsMapping: true; header: string[]; guess: ColumnMapping }
  | { refused: string };

export function cleanHeader(row: readonly string[]): string[] {
  return row.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
}

function opened(reader: TableReader | string, header: string[], mapping: ColumnMapping | null = null): OpenedTable {
  return typeof reader === 'string' ? { refused: reader } : { reader, header, mapping };
}

export function openTable(
  fileName: string,
  headerRow: readonly string[],
  store: LearnerStore,
  course: CourseFacts,
  options: TableOptions = {},
): OpenedTable {
  const header = cleanHeader(headerRow);
  if (header.every((name) => name === '')) return { refused: 'the file is empty' };
  if (options.mapping) return opened(openGeneric(fileName, header, store, course, options.mapping), header, options.mapping);
  if (header.includes(COURSE_COMPLETE_COLUMN)) {
    return opened(openMoodleCompletion(fileName, header, store, course, options.disciplineColumns ?? []), header);
  }
  if (header.includes(GRADEBOOK_MARKER_COLUMN)) {
    return opened(openMoodleGradebook(fileName, header, store, course, options.disciplineColumns ?? []), header);
  }
  // Two of Moodle's SCORM columns make it a Moodle report missing the others, which the reader names.
  if (MOODLE_SCORM_COLUMNS.filter((name) => header.includes(name)).length >= 2) {
    return opened(openMoodleScorm(fileName, header, store, course), header);
  }
  const guess = guessMapping(header);
  if (missingFields(guess, header).length > 0) return { needsMapping: true, header, guess };
  return opened(openGeneric(fileName, header, store, course, guess), header, guess);
}
