// Turns normalised rows from every file into the report's numbers. A learner counts once, with their best result
// among the rows dated in the period, in the month of that best row.
import type { Role } from './course';
import { monthOf, monthsBetween } from './dates';
import { statusRank, type ResultRow, type Status } from './records';

const NOT_STATED = { id: 'not-stated', label: 'Not stated' } as const;

export interface Period {
  /** Inclusive YYYY-MM-DD bounds; null leaves that side open. */
  from: string | null;
  to: string | null;
}

interface LearnerResult {
  status: Status;
  bestScore: number | null;
  /** YYYY-MM of the row that gave the best result. */
  month: string;
  /** Role id, or NOT_STATED.id when the learner never answered the intake question. */
  roleId: string;
}

export interface Counts {
  /** Learners who launched the course: any status but "not attempted". */
  reached: number;
  /** Completed or passed. */
  completed: number;
  passed: number;
  /** Mean of the best scores of reached learners who have one; null when none has. */
  averageScore: number | null;
}

export interface Report {
  period: Period;
  files: string[];
  totals: Counts;
  /** Every role in course/roles.yaml order, then "Not stated". */
  byRole: { id: string; label: string; counts: Counts }[];
  /** Every month of the period; where it is open, from the first or up to the last month of the rows in it. */
  byMonth: { month: string; counts: Counts }[];
  warnings: string[];
}

function isBetter(candidate: ResultRow, current: ResultRow): boolean {
  const byStatus = statusRank(candidate.status) - statusRank(current.status);
  if (byStatus !== 0) return byStatus > 0;
  const byScore = (candidate.score ?? -1) - (current.score ?? -1);
  if (byScore !== 0) return byScore > 0;
  // The earliest date the best result was reached is when it was achieved.
  return candidate.date < current.date;
}

function countLearners(learners: readonly LearnerResult[]): Counts {
  const scores = learners.flatMap((learner) => (learner.bestScore === null ? [] : [learner.bestScore]));
  return {
    reached: learners.length,
    completed: learners.filter((learner) => learner.status === 'completed' || learner.status === 'passed').length,
    passed: learners.filter((learner) => learner.status === 'passed').length,
    averageScore: scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null,
  };
}

function groupByLearner(rows: readonly ResultRow[]): Map<string, ResultRow[]> {
  const groups = new Map<string, ResultRow[]>();
  for (const row of rows) groups.set(row.learnerKey, [...(groups.get(row.learnerKey) ?? []), row]);
  return groups;
}

/** The latest answer a learner gave, from any row whatever its date: the role describes the person, not the period. */
function roleOf(rows: readonly ResultRow[]): string | null {
  const answered = rows.filter((row) => row.roleId !== null);
  const latest = answered.reduce<ResultRow | null>((found, row) => (found === null || row.date >= found.date ? row : found), null);
  return latest?.roleId ?? null;
}

export function aggregate(rows: readonly ResultRow[], period: Period, roles: readonly Role[], files: string[]): Report {
  const inPeriod = (row: ResultRow): boolean =>
    (period.from === null || row.date >= period.from) && (period.to === null || row.date <= period.to);

  const learners: LearnerResult[] = [];
  let roleUnknown = 0;
  for (const learnerRows of groupByLearner(rows).values()) {
    const counted = learnerRows.filter(inPeriod);
    const best = counted.reduce<ResultRow | null>((found, row) => (found === null || isBetter(row, found) ? row : found), null);
    if (best === null || best.status === 'not attempted') continue;
    const scores = counted.flatMap((row) => (row.score === null ? [] : [row.score]));
    const roleId = roleOf(learnerRows);
    if (roleId === null && !learnerRows.some((row) => row.recordsRole)) roleUnknown += 1;
    learners.push({
      status: best.status,
      bestScore: scores.length > 0 ? Math.max(...scores) : null,
      month: monthOf(best.date),
      roleId: roleId ?? NOT_STATED.id,
    });
  }

  const dataMonths = rows.filter(inPeriod).map((row) => monthOf(row.date)).sort();
  const firstMonth = period.from === null ? dataMonths[0] : monthOf(period.from);
  const lastMonth = period.to === null ? dataMonths[dataMonths.length - 1] : monthOf(period.to);
  const allMonths = firstMonth !== undefined && lastMonth !== undefined ? monthsBetween(firstMonth, lastMonth) : [];

  const warnings =
    roleUnknown > 0
      ? [
          `${roleUnknown} learner(s) appear only in files that do not record the intake answer (Moodle's basic ` +
            'report) and are counted as "Not stated"; add the interactions report to place them',
        ]
      : [];

  return {
    period,
    files,
    totals: countLearners(learners),
    byRole: [...roles, NOT_STATED].map(({ id, label }) => ({
      id,
      label,
      counts: countLearners(learners.filter((learner) => learner.roleId === id)),
    })),
    byMonth: allMonths.map((month) => ({ month, counts: countLearners(learners.filter((learner) => learner.month === month)) })),
    warnings,
  };
}
