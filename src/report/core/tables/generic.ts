// Any other LMS's export (TalentLMS, Docebo, Absorb, Cornerstone… whose report columns are configurable): the user
// says which column is the learner, the date, the status, and optionally the score, the role and the time spent.
// One row per learner result; a learner may have several rows.
import { roleForProfileValue, type CourseFacts } from '../course';
import { parseAnyDay, type SlashOrder } from '../days';
import { FileTally, RowProblem } from '../fileReport';
import type { LearnerStore, Status } from '../store';
import type { TableReader } from './table';

export const MAPPED_FIELDS = ['learner', 'date', 'status', 'score', 'role', 'time'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
export const REQUIRED_FIELDS: readonly MappedField[] = ['learner', 'date', 'status'];

export interface ColumnMapping {
  /** Field → the header text of its column; optional fields may be absent. */
  columns: Partial<Record<MappedField, string>>;
  /** How to read 03/04/2025: month first (US LMSs) or day first. */
  slashOrder: SlashOrder;
}

export const FIELD_LABELS: Record<MappedField, string> = {
  learner: 'Learner (email, username or id)',
  date: 'Date',
  status: 'Status',
  score: 'Score (0–100)',
  role: 'Role or discipline',
  time: 'Time spent',
};

/** Header names that usually mean each field, in the order they are tried. */
const LIKELY: Record<MappedField, RegExp[]> = {
  learner: [/^learner[_ ]?id$/i, /^e-?mail( address)?$/i, /^user ?name$/i, /^login$/i, /^user[_ ]?id$/i, /^learner$/i, /^user$/i],
  date: [/^date$/i, /completion date|completed (on|at)|date completed/i, /last (access|accessed)/i, /date/i, /timestamp/i],
  status: [/^status$/i, /completion status/i, /status/i],
  score: [/^score$/i, /score|grade/i],
  role: [/^role$/i, /discipline|role|profession|occupation/i],
  time: [/time spent|total time|duration/i],
};

/** A first guess the user confirms or changes. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const columns: Partial<Record<MappedField, string>> = {};
  const taken = new Set<string>();
  for (const field of MAPPED_FIELDS) {
    for (const pattern of LIKELY[field]) {
      const name = header.find((candidate) => !taken.has(candidate) && pattern.test(candidate.trim()));
      if (name !== undefined) {
        columns[field] = name;
        taken.add(name);
        break;
      }
    }
  }
  return { columns, slashOrder: 'mdy' };
}

export function missingFields(mapping: ColumnMapping, header: readonly string[]): MappedField[] {
  return REQUIRED_FIELDS.filter((field) => {
    const column = mapping.columns[field];
    return column === undefined || !header.includes(column);
  });
}

/** Status words of common LMS exports; null means enrolled but never launched (not counted). */
const STATUS_WORDS: Record<string, Status | null> = {
  passed: 'passed',
  pass: 'passed',
  failed: 'failed',
  fail: 'failed',
  completed: 'completed',
  complete: 'completed',
  incomplete: 'incomplete',
  'in progress': 'incomplete',
  started: 'incomplete',
  attempted: 'incomplete',
  browsed: 'incomplete',
  'not attempted': null,
  'not started': null,
  enrolled: null,
  '': null,
};

/** "1:02:03", "62:03", "1h 2m", or a number of minutes. */
function secondsOf(text: string): number | null {
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const words = /^(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/i.exec(text);
  if (words && (words[1] ?? words[2] ?? words[3]) !== undefined) {
    return Number(words[1] ?? 0) * 3600 + Number(words[2] ?? 0) * 60 + Number(words[3] ?? 0);
  }
  const minutes = Number(text);
  return text !== '' && Number.isFinite(minutes) && minutes >= 0 ? minutes * 60 : null;
}

export function openGeneric(
  fileName: string,
  header: readonly string[],
  store: LearnerStore,
  course: CourseFacts,
  mapping: ColumnMapping,
): TableReader | string {
  const missing = missingFields(mapping, header);
  if (missing.length > 0) return `say which column holds the ${missing.join(', ')}`;
  const index = (field: MappedField): number | null => {
    const column = mapping.columns[field];
    return column === undefined || column === '' ? null : header.indexOf(column);
  };
  const [learnerColumn, dateColumn, statusColumn] = [index('learner')!, index('date')!, index('status')!];
  const [scoreColumn, roleColumn, timeColumn] = [index('score'), index('role'), index('time')];
  const tally = new FileTally(fileName, 'LMS export with chosen columns', store);
  let neverLaunched = 0;

  return {
    row(cells, rowNumber) {
      const cell = (column: number): string => (cells[column] ?? '').trim();
      tally.rowsRead += 1;
      try {
        if (cells.length !== header.length) {
          throw new RowProblem(`has ${cells.length} fields but the header has ${header.length} (a comma in an unquoted value?)`);
        }
        const learner = cell(learnerColumn).toLowerCase();
        if (learner === '') throw new RowProblem(`the learner column "${header[learnerColumn]}" is empty`);
        const statusText = cell(statusColumn).toLowerCase();
        if (!(statusText in STATUS_WORDS)) {
          throw new RowProblem(`status "${cell(statusColumn)}" is none of ${Object.keys(STATUS_WORDS).filter(Boolean).join(', ')}`);
        }
        const status = STATUS_WORDS[statusText] ?? null;
        const day = parseAnyDay(cell(dateColumn), mapping.slashOrder);
        if (day === null) throw new RowProblem(`date "${cell(dateColumn)}" is not a date`);
        const scoreText = scoreColumn === null ? '' : cell(scoreColumn).replace(/%$/, '');
        const score = scoreText === '' ? null : Number(scoreText);
        if (score !== null && !(Number.isFinite(score) && score >= 0 && score <= 100)) {
          throw new RowProblem(`score "${scoreText}" is not a number from 0 to 100`);
        }
        const roleText = roleColumn === null ? '' : cell(roleColumn);
        const role = roleText === '' ? undefined : roleForProfileValue(course.roles, roleText);
        if (roleText !== '' && !role) throw new RowProblem(`role "${roleText}" names no role of the course (by label, id or code)`);
        const timeText = timeColumn === null ? '' : cell(timeColumn);
        const seconds = timeText === '' ? null : secondsOf(timeText);
        if (timeText !== '' && seconds === null) throw new RowProblem(`time spent "${timeText}" is not a duration`);
        if (status === null) {
          neverLaunched += 1;
          return;
        }
        tally.commit({
          learner,
          active: { from: day, to: day },
          result: { day, status, score },
          answers: role ? { day, list: [{ kind: 'role', roleId: role.id }] } : undefined,
          carriesRole: roleColumn !== null,
          ...(seconds === null ? {} : { seconds }),
        });
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error;
        tally.refuse(`row ${rowNumber}`, error.message);
      }
    },
    finish() {
      tally.details.push(
        MAPPED_FIELDS.filter((field) => mapping.columns[field])
          .map((field) => `${field} = "${mapping.columns[field]}"`)
          .join(', '),
      );
      if (neverLaunched > 0)
        tally.warnings.push(`${neverLaunched} row${neverLaunched === 1 ? '' : 's'} of learners who never launched (not counted)`);
      if (roleColumn === null && tally.learners.size > 0) {
        tally.warnings.push(`no role column: the roles of its ${tally.learners.size} learners come only from another file`);
      }
      return tally.report();
    },
  };
}
