// Moodle's gradebook export as plain text (grade/export/txt): "First name", "Last name", identity fields, the
// custom profile fields the site adds to exports, a column per grade item ("… (Real)", "(Percentage)", "(Letter)"),
// and "Last downloaded from this course". It has no dates of activity, so it gives the discipline, not counts.
import type { CourseFacts } from '../course';
import { FileTally, RowProblem } from '../fileReport';
import type { LearnerStore } from '../store';
import { disciplineChoice, DisciplineValues, findDisciplineColumn } from './profileDiscipline';
import { decodeHtmlEscapes, learnerKeyColumn, type TableReader } from './table';

export const GRADEBOOK_MARKER_COLUMN = 'Last downloaded from this course';
const STANDARD_USER_COLUMNS = new Set([
  'First name',
  'Last name',
  'Email address',
  'Username',
  'ID number',
  'Institution',
  'Department',
  'Phone',
  'Mobile phone',
  'Address',
  'City/town',
  'Country',
  'Full name',
]);
const GRADE_COLUMN = /\((Real|Percentage|Letter)\)$/;

export function openMoodleGradebook(
  fileName: string,
  header: readonly string[],
  store: LearnerStore,
  course: CourseFacts,
  disciplineColumns: readonly string[],
): TableReader | string {
  const key = learnerKeyColumn(header, []);
  if (!key) return 'the gradebook export needs an "Email address", "Username" or "ID number" column to match learners with the other files';
  const profileColumns = header
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => !STANDARD_USER_COLUMNS.has(name) && !GRADE_COLUMN.test(name) && name !== GRADEBOOK_MARKER_COLUMN)
    .map(({ index }) => index);
  const discipline = findDisciplineColumn(header, profileColumns, disciplineColumns);
  const values = new DisciplineValues(course.roles);
  const tally = new FileTally(fileName, 'Moodle gradebook export', store);
  if (discipline !== null) tally.details.push(`discipline from "${header[discipline]}"`);
  else tally.warnings.push('no profile field column holding a discipline was found: pick it, or this file adds nothing');

  return {
    discipline: disciplineChoice(header, profileColumns, discipline),
    row(cells, rowNumber) {
      const cell = (index: number): string => (cells[index] ?? '').trim();
      tally.rowsRead += 1;
      try {
        const learner = decodeHtmlEscapes(cell(key.index)).toLowerCase();
        if (learner === '') throw new RowProblem(`"${header[key.index]}" is empty`);
        if (discipline === null) return;
        const profileRoleId = values.roleId(cell(discipline));
        if (profileRoleId === undefined) return;
        store.commit({ learner, profileRoleId });
        tally.learners.add(learner);
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error;
        tally.refuse(`row ${rowNumber}`, error.message);
      }
    },
    finish() {
      const warning = discipline === null ? null : values.warning(header[discipline] ?? '');
      if (warning) tally.warnings.push(warning);
      return tally.report();
    },
  };
}
