// Moodle's course completion report, "Download in spreadsheet format (UTF-8 .csv)" (report/completion/index.php):
// "ID", "Name", the identity fields, then per activity criterion its state and "<activity> - Completion date", other
// criteria's dates, and "Course complete" (the date, blank when not complete). Dates are strftimedatetimeshort.
import type { CourseFacts } from '../course';
import { parseMoodleDay, type Day } from '../days';
import { FileTally, RowProblem } from '../fileReport';
import type { LearnerStore, Status } from '../store';
import { disciplineChoice, DisciplineValues, findDisciplineColumn } from './profileDiscipline';
import { decodeHtmlEscapes, KEYED_BY_NAME_WARNING, learnerKeyColumn, MOODLE_IDENTITY_COLUMNS, type TableReader } from './table';

export const COURSE_COMPLETE_COLUMN = 'Course complete';
const COMPLETION_DATE_SUFFIX = ' - Completion date';

/** completion-y, completion-pass, completion-fail (lang/en/completion.php); "Not completed" leaves nothing to count. */
const ACTIVITY_STATES: Record<string, Status> = {
  completed: 'completed',
  'completed (achieved pass grade)': 'passed',
  'completed (did not achieve pass grade)': 'failed',
};

export function openMoodleCompletion(
  fileName: string,
  header: readonly string[],
  store: LearnerStore,
  course: CourseFacts,
  disciplineColumns: readonly string[],
): TableReader | string {
  const courseComplete = header.indexOf(COURSE_COMPLETE_COLUMN);
  const key = learnerKeyColumn(header, ['Name']);
  if (courseComplete < 0 || !key) return `a course completion report has "Name" and "${COURSE_COMPLETE_COLUMN}" columns`;
  const activities = header.flatMap((name, index) => {
    const dateColumn = header.indexOf(`${name}${COMPLETION_DATE_SUFFIX}`);
    return dateColumn >= 0 ? [{ state: index, date: dateColumn }] : [];
  });
  const firstCriterion = Math.min(courseComplete, ...activities.map((activity) => activity.state));
  const profileColumns = header
    .map((name, index) => ({ name, index }))
    .filter(({ name, index }) => index < firstCriterion && !['ID', 'Name', ...MOODLE_IDENTITY_COLUMNS].includes(name))
    .map(({ index }) => index);
  const discipline = findDisciplineColumn(header, profileColumns, disciplineColumns);
  const values = new DisciplineValues(course.roles);

  const tally = new FileTally(fileName, 'Moodle course completion report', store);
  if (key.byName) tally.warnings.push(KEYED_BY_NAME_WARNING);
  if (discipline !== null) tally.details.push(`discipline from "${header[discipline]}"`);
  let notCompleted = 0;

  return {
    discipline: disciplineChoice(header, profileColumns, discipline),
    row(cells, rowNumber) {
      const cell = (index: number): string => (cells[index] ?? '').trim();
      tally.rowsRead += 1;
      try {
        const learner = decodeHtmlEscapes(cell(key.index)).toLowerCase();
        if (learner === '') throw new RowProblem('has no learner name or identity');
        const dated = (index: number): Day | null => {
          if (cell(index) === '') return null;
          const day = parseMoodleDay(cell(index));
          if (day === null) throw new RowProblem(`"${header[index]}" holds "${cell(index)}", which is not a date`);
          return day;
        };
        const results: { day: Day; status: Status }[] = [];
        const completedOn = dated(courseComplete);
        if (completedOn !== null) results.push({ day: completedOn, status: 'completed' });
        for (const activity of activities) {
          const status = ACTIVITY_STATES[cell(activity.state).toLowerCase()];
          const day = dated(activity.date);
          if (status && day !== null) results.push({ day, status });
        }
        const profileRoleId = discipline === null ? undefined : values.roleId(cell(discipline));
        if (results.length === 0) {
          notCompleted += 1;
          if (profileRoleId !== undefined) store.commit({ learner, profileRoleId });
          return;
        }
        results.forEach((result, index) =>
          tally.commit({
            learner,
            active: { from: result.day, to: result.day },
            result: { day: result.day, status: result.status, score: null },
            // With a discipline column the file says who stated none.
            carriesRole: discipline !== null,
            ...(index === 0 && profileRoleId !== undefined ? { profileRoleId } : {}),
          }),
        );
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error;
        tally.refuse(`row ${rowNumber}`, error.message);
      }
    },
    finish() {
      if (notCompleted > 0) {
        tally.warnings.push(
          `${notCompleted} enrolled learner${notCompleted === 1 ? ' has' : 's have'} not completed: this report does not say whether they started, so they count only from the SCORM reports`,
        );
      }
      const warning = discipline === null ? null : values.warning(header[discipline] ?? '');
      if (warning) tally.warnings.push(warning);
      return tally.report();
    },
  };
}
