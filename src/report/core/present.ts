// How figures read, shared by the page, the CSV and the Markdown so the three never disagree.
import { isoDate, type Day } from './days';
import { isHidden, type Counts, type ReportFigures } from './figures';

export const SCOPES = ['inPeriod', 'newInPeriod', 'cumulative'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_LABELS: Record<Scope, string> = {
  inPeriod: 'In the period',
  newInPeriod: 'New in the period',
  cumulative: 'Cumulative since award start',
};

export const SCOPE_CODES: Record<Scope, string> = {
  inPeriod: 'in_period',
  newInPeriod: 'new_in_period',
  cumulative: 'cumulative',
};

export const HIDDEN_TEXT = 'fewer than 5';

export function completionRate(counts: Counts): number | null {
  return counts.reached > 0 ? (counts.completed / counts.reached) * 100 : null;
}

export function passRate(counts: Counts): number | null {
  return counts.reached > 0 ? (counts.passed / counts.reached) * 100 : null;
}

/** One decimal, or a dash when there is nothing to measure. */
export function oneDecimal(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}

export function percent(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(1)}%`;
}

/** A count in a group, hidden when small and the user asked for it. */
export function groupCount(figures: Pick<ReportFigures, 'hideSmallGroups'>, count: number): string {
  return isHidden(figures, count) ? HIDDEN_TEXT : String(count);
}

export function cumulativeStartText(day: Day | null): string {
  return day === null ? 'the first record' : isoDate(day);
}
