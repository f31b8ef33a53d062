import { describe, expect, it } from 'vitest';
import { isoDate } from './days';
import { parsePeriod, quarterOf, quartersBetween } from './periods';
import { parseIsoDay, parseMoodleDay } from './days';

const span = (code: string): [string, string, string] => {
  const period = parsePeriod(code)!;
  return [isoDate(period.from), isoDate(period.to), period.label];
};

describe('reporting periods', () => {
  it('federal fiscal quarters: FY2025 Q1 is October 1 to December 31, 2024', () => {
    expect(span('FY2025-Q1')).toEqual(['2024-10-01', '2024-12-31', 'FY2025 Q1 (Oct–Dec 2024)']);
    expect(span('FY2025 Q2')).toEqual(['2025-01-01', '2025-03-31', 'FY2025 Q2 (Jan–Mar 2025)']);
    expect(span('fy2025q3')).toEqual(['2025-04-01', '2025-06-30', 'FY2025 Q3 (Apr–Jun 2025)']);
    expect(span('FY2025-Q4')).toEqual(['2025-07-01', '2025-09-30', 'FY2025 Q4 (Jul–Sep 2025)']);
  });

  it('JustGrants halves end June 30 and December 31', () => {
    expect(span('2025-H1')).toEqual(['2025-01-01', '2025-06-30', 'Jan–Jun 2025 (JustGrants)']);
    expect(span('2024-H2')).toEqual(['2024-07-01', '2024-12-31', 'Jul–Dec 2024 (JustGrants)']);
  });

  it('custom dates, inclusive; nonsense is refused', () => {
    expect(span('2024-02-01..2024-02-29')).toEqual(['2024-02-01', '2024-02-29', '2024-02-01 to 2024-02-29']);
    for (const bad of ['FY2025-Q5', '2025-H3', '2024-02-30..2024-03-01', '2024-03-02..2024-03-01', 'Q1'])
      expect(parsePeriod(bad)).toBeNull();
  });

  it('the quarter of a day and the quarters between two days', () => {
    expect(quarterOf(parseIsoDay('2026-12-01')!).code).toBe('FY2027-Q1');
    expect(quarterOf(parseIsoDay('2026-09-30')!).code).toBe('FY2026-Q4');
    expect(quartersBetween(parseIsoDay('2024-11-05')!, parseIsoDay('2025-07-01')!).map((quarter) => quarter.code)).toEqual([
      'FY2025-Q1',
      'FY2025-Q2',
      'FY2025-Q3',
      'FY2025-Q4',
    ]);
  });
});

describe("Moodle's dates", () => {
  it.each([
    ['Tuesday, 1 December 2026, 1:33 PM', '2026-12-01'],
    ['1 December 2026, 1:33 PM', '2026-12-01'],
    ['Tuesday, December 1, 2026, 1:33 PM', '2026-12-01'],
    ['01/12/26, 13:33', '2026-12-01'],
    ['12/01/26, 1:33 PM', '2026-12-01'],
    ['2026-12-01', '2026-12-01'],
  ])('"%s" is %s', (text, iso) => {
    expect(isoDate(parseMoodleDay(text)!)).toBe(iso);
  });
});
