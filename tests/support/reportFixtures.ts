// Runs the report core on fixture files as the CLI does, for the report's unit tests.
import { resolve } from 'node:path';
import { readCourseFacts } from '../../scripts/report/courseFacts';
import { readFileInto } from '../../scripts/report/readFiles';
import { defaultMapping, type CategoryMapping } from '../../src/report/core/categories';
import type { CourseFacts } from '../../src/report/core/course';
import { parseIsoDay } from '../../src/report/core/days';
import { computeFigures, summariseStore, type ReportFigures } from '../../src/report/core/figures';
import { parsePeriod } from '../../src/report/core/periods';
import type { ReadOutcome } from '../../src/report/core/read';
import { LearnerStore } from '../../src/report/core/store';
import type { TableOptions } from '../../src/report/core/tables/open';

export const repositoryRoot = resolve(import.meta.dirname, '../..');
export const moodleExports = resolve(repositoryRoot, 'tests/fixtures/lms-exports/moodle-5.0.6');
export const syntheticExports = resolve(repositoryRoot, 'tests/fixtures/reports/synthetic');

/** The real course facts, with the mastery score fixed at the 80 the Moodle fixtures were recorded with. */
export const course: CourseFacts = { ...readCourseFacts(repositoryRoot), masteryScore: 80 };

export interface ReadFixtures {
  outcomes: ReadOutcome[];
  figures(period: string, options?: { awardStart?: string; mapping?: CategoryMapping; hideSmallGroups?: boolean }): ReportFigures;
}

export async function readFixtures(paths: readonly string[], options: TableOptions = {}): Promise<ReadFixtures> {
  const store = new LearnerStore();
  const outcomes: ReadOutcome[] = [];
  for (const path of paths) outcomes.push(await readFileInto(path, path.split('/').pop() ?? path, store, course, options));
  return {
    outcomes,
    figures(periodCode, { awardStart, mapping = defaultMapping(course.roles), hideSmallGroups = false } = {}) {
      const period = parsePeriod(periodCode);
      if (!period) throw new Error(`bad period ${periodCode}`);
      const start = awardStart === undefined ? null : parseIsoDay(awardStart);
      return computeFigures(summariseStore(store, mapping), { period, awardStart: start, mapping, hideSmallGroups }, course);
    },
  };
}

/** Reached, completed and passed of one scope, and the average score to one decimal. */
export function headline(counts: { reached: number; completed: number; passed: number; averageScore: number | null }) {
  return {
    reached: counts.reached,
    completed: counts.completed,
    passed: counts.passed,
    average: counts.averageScore === null ? null : Math.round(counts.averageScore * 10) / 10,
  };
}

/** Category id → reached, for the categories with anyone in them. */
export function reachedByCategory(
  figures: ReportFigures,
  scope: 'inPeriod' | 'newInPeriod' | 'cumulative' = 'inPeriod',
): Record<string, number> {
  return Object.fromEntries(
    figures.byCategory.filter((group) => group.counts[scope].reached > 0).map((group) => [group.id, group.counts[scope].reached]),
  );
}
