// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate';
import type { ResultRow, Status } from './records';
import { roles } from './testFixtures';

function row(learnerKey: string, status: Status, date: string, score: number | null = null, roleId: string | null = null): ResultRow {
  return { learnerKey, status, score, date, roleId, recordsRole: true };
}

const OPEN = { from: null, to: null };

describe('aggregate', () => {
  it('counts a learner once, with the best status, the best score, in the month of the best row', () => {
    const report = aggregate(
      [
        row('kim', 'failed', '2024-01-10', 95),
        row('kim', 'completed', '2024-02-10', 70),
        row('kim', 'incomplete', '2024-03-10'),
        row('kim', 'completed', '2024-03-20', 70),
      ],
      OPEN,
      roles,
      ['f.csv'],
    );
    expect(report.totals).toEqual({ reached: 1, completed: 1, passed: 0, averageScore: 95 });
    expect(report.byMonth.map(({ month, counts }) => [month, counts.reached])).toEqual([['2024-01', 0], ['2024-02', 1], ['2024-03', 0]]);
  });

  it('ranks passed > completed > failed > incomplete, and a higher score breaks a tie', () => {
    const statuses: Status[] = ['incomplete', 'failed', 'completed', 'passed'];
    for (const best of statuses) {
      const worse = statuses.slice(0, statuses.indexOf(best));
      const report = aggregate([...worse.map((status) => row('kim', status, '2024-01-01')), row('kim', best, '2024-02-01')], OPEN, roles, []);
      expect(report.byMonth.find((month) => month.counts.reached === 1)?.month).toBe('2024-02');
    }
    const tie = aggregate([row('kim', 'passed', '2024-01-05', 81), row('kim', 'passed', '2024-02-05', 90)], OPEN, roles, []);
    expect(tie.byMonth.map(({ counts }) => counts.passed)).toEqual([0, 1]);
  });

  it('does not count learners who never launched', () => {
    expect(aggregate([row('max', 'not attempted', '2024-01-01')], OPEN, roles, []).totals.reached).toBe(0);
  });

  it('takes the latest answer to the intake question, from any row whatever its date', () => {
    const report = aggregate(
      [
        row('kim', 'incomplete', '2024-01-01', null, 'survivor'),
        row('kim', 'completed', '2024-02-01', null, 'other'),
        row('kim', 'passed', '2024-03-01', 90, null),
      ],
      { from: '2024-03-01', to: null },
      roles,
      [],
    );
    expect(report.byRole.filter(({ counts }) => counts.reached > 0).map(({ id }) => id)).toEqual(['other']);
  });

  it('counts a skipped intake question as "Not stated", without a warning, when the file could record it', () => {
    const report = aggregate([row('kim', 'completed', '2024-01-01')], OPEN, roles, []);
    expect(report.byRole.at(-1)).toEqual({ id: 'not-stated', label: 'Not stated', counts: { reached: 1, completed: 1, passed: 0, averageScore: null } });
    expect(report.warnings).toEqual([]);
  });
});
