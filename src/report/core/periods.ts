// Reporting periods: the federal fiscal quarter OVC and ECM task-force grantees gather data by (FY2025 Q1 =
// Oct 1–Dec 31, 2024), the JustGrants semiannual period (Jan–Jun, Jul–Dec), or any dates the user gives.
import { dayOf, isoDate, parseIsoDay, partsOf, type Day } from './days';

export type PeriodKind = 'quarter' | 'half' | 'custom';

export interface Period {
  kind: PeriodKind;
  /** Inclusive first and last day. */
  from: Day;
  to: Day;
  /** "FY2025 Q1", "2025 Jan–Jun", or the custom dates. */
  label: string;
  /** "FY2025-Q1", "2025-H1", "2024-10-01..2024-12-31": what the CLI's --period takes and the page remembers. */
  code: string;
}

const QUARTER_MONTHS = ['Oct–Dec', 'Jan–Mar', 'Apr–Jun', 'Jul–Sep'] as const;

function lastDayOfMonth(year: number, month: number): Day {
  return (month === 12 ? dayOf(year + 1, 1, 1)! : dayOf(year, month + 1, 1)!) - 1;
}

/** Fiscal year N runs from October 1 of year N−1 to September 30 of year N. */
export function fiscalQuarter(fiscalYear: number, quarter: 1 | 2 | 3 | 4): Period {
  const startMonth = [10, 1, 4, 7][quarter - 1]!;
  const year = quarter === 1 ? fiscalYear - 1 : fiscalYear;
  const from = dayOf(year, startMonth, 1)!;
  return {
    kind: 'quarter',
    from,
    to: lastDayOfMonth(year, startMonth + 2),
    label: `FY${fiscalYear} Q${quarter} (${QUARTER_MONTHS[quarter - 1]} ${year})`,
    code: `FY${fiscalYear}-Q${quarter}`,
  };
}

/** JustGrants performance reports cover January–June and July–December. */
export function justGrantsHalf(year: number, half: 1 | 2): Period {
  const from = dayOf(year, half === 1 ? 1 : 7, 1)!;
  return {
    kind: 'half',
    from,
    to: lastDayOfMonth(year, half === 1 ? 6 : 12),
    label: `${half === 1 ? 'Jan–Jun' : 'Jul–Dec'} ${year} (JustGrants)`,
    code: `${year}-H${half}`,
  };
}

export function customPeriod(from: Day, to: Day): Period {
  return { kind: 'custom', from, to, label: `${isoDate(from)} to ${isoDate(to)}`, code: `${isoDate(from)}..${isoDate(to)}` };
}

/** The fiscal quarter a day falls in. */
export function quarterOf(day: Day): Period {
  const [year, month] = partsOf(day);
  if (month >= 10) return fiscalQuarter(year + 1, 1);
  return fiscalQuarter(year, (Math.floor((month - 1) / 3) + 2) as 2 | 3 | 4);
}

export function halfOf(day: Day): Period {
  const [year, month] = partsOf(day);
  return justGrantsHalf(year, month <= 6 ? 1 : 2);
}

/** Every fiscal quarter from the one holding `from` to the one holding `to`. */
export function quartersBetween(from: Day, to: Day): Period[] {
  const quarters: Period[] = [];
  for (let quarter = quarterOf(from); quarter.from <= to; quarter = quarterOf(quarter.to + 1)) quarters.push(quarter);
  return quarters;
}

/**
 * "FY2025-Q1" (or "FY2025 Q1"), "2025-H1" (JustGrants January–June), or "2024-10-01..2024-12-31"; null when the
 * text is none of these or names an impossible date.
 */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  const quarter = /^FY\s?(\d{4})[\s-]?Q([1-4])$/i.exec(trimmed);
  if (quarter) return fiscalQuarter(Number(quarter[1]), Number(quarter[2]) as 1 | 2 | 3 | 4);
  const half = /^(\d{4})[\s-]?H([12])$/i.exec(trimmed);
  if (half) return justGrantsHalf(Number(half[1]), Number(half[2]) as 1 | 2);
  const range = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to|–)\s*(\d{4}-\d{2}-\d{2})$/.exec(trimmed);
  if (range) {
    const from = parseIsoDay(range[1]!);
    const to = parseIsoDay(range[2]!);
    if (from !== null && to !== null && from <= to) return customPeriod(from, to);
  }
  return null;
}
