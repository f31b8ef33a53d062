// Normalises the generic CSV any other LMS can produce: learner_id,name,status,score,date,role (see README.md).
import { findRole, type Role } from './course';
import { parseIsoDate } from './dates';
import { rowError } from './errors';
import type { GenericColumn } from './formats';
import { STATUSES, type ParsedExport, type ResultRow, type Status } from './records';

function isStatus(text: string): text is Status {
  return (STATUSES as readonly string[]).includes(text);
}

export function readGenericRows(
  fileName: string,
  records: readonly string[][],
  rowNumbers: readonly number[],
  columns: Record<GenericColumn, number>,
  roles: readonly Role[],
  headerLength: number,
): ParsedExport {
  const rows = records.map((record, recordIndex): ResultRow => {
    const source = { file: fileName, row: rowNumbers[recordIndex] ?? recordIndex + 2 };
    // A short or long row usually means an unquoted comma moved every later value into the wrong column.
    if (record.length !== headerLength) {
      throw rowError(source, `has ${record.length} fields but the header has ${headerLength} (a comma in an unquoted value?)`);
    }
    const cell = (column: GenericColumn): string => (record[columns[column]] ?? '').trim();

    const learnerId = cell('learner_id');
    if (learnerId === '') throw rowError(source, 'learner_id is empty');

    const status = cell('status').toLowerCase();
    if (!isStatus(status)) {
      throw rowError(source, `status "${cell('status')}" is not one of ${STATUSES.join(', ')}`);
    }

    const scoreText = cell('score');
    const score = scoreText === '' ? null : Number(scoreText);
    if (score !== null && !(Number.isFinite(score) && score >= 0 && score <= 100)) {
      throw rowError(source, `score "${scoreText}" is not a number from 0 to 100`);
    }

    const date = parseIsoDate(cell('date'));
    if (date === null) throw rowError(source, `date "${cell('date')}" is not a date written YYYY-MM-DD`);

    const answer = cell('role');
    const role = answer === '' ? undefined : findRole(roles, answer);
    if (answer !== '' && !role) throw rowError(source, `role "${answer}" is not a role id or code in course/roles.yaml`);

    return {
      learnerKey: learnerId.toLowerCase(),
      status,
      score,
      date,
      roleId: role?.id ?? null,
      recordsRole: true,
    };
  });
  return { rows, warnings: [] };
}
