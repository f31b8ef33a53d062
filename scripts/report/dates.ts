// Calendar dates as YYYY-MM-DD strings: they sort and compare as text, and no time zone can shift them a day.

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

function isoFromParts(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : null;
}

/** YYYY-MM-DD, optionally followed by a time ("T10:05:00Z" or " 10:05"), which is ignored; null if not a real date. */
export function parseIsoDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text.trim());
  return match ? isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * A date as Moodle's userdate() prints it in English: "Thursday, 4 January 2024, 10:05 AM" (langconfig
 * strftimedaydatetime, the default), "4 January 2024, 10:05 AM" (strftimedatetime, used by the ODS/Excel downloads),
 * or month first as the US English pack prints it ("Thursday, January 4, 2024, 10:05 AM"). An ISO date is accepted
 * too, for files re-saved from a spreadsheet. Null when it is none of these.
 */
export function parseMoodleDate(text: string): string | null {
  const iso = parseIsoDate(text);
  if (iso) return iso;
  const withoutWeekday = text.trim().replace(/^[A-Za-z]+,\s*/, '');
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})(?:,.*)?$/.exec(withoutWeekday);
  const monthFirst = /^([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})(?:,.*)?$/.exec(withoutWeekday);
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  if (day === undefined || monthName === undefined || year === undefined) return null;
  const month = MONTH_NAMES.indexOf(monthName.toLowerCase()) + 1;
  return month === 0 ? null : isoFromParts(Number(year), month, Number(day));
}

/** "2024-03-05" → "2024-03". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Every month from first to last inclusive, as YYYY-MM. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let current = first; current <= last; current = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
