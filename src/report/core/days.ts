// Calendar days as whole numbers (days since 1970-01-01): a learner's record is compared with a period millions of
// times at scale, and integers compare faster than date strings. A day is the date as the LMS wrote it: no time zone
// can move it.

export type Day = number;

const MS_PER_DAY = 86_400_000;

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export function dayOf(year: number, month: number, day: number): Day | null {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? time / MS_PER_DAY : null;
}

/** "2024-03-05". */
export function isoDate(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, month (1–12) and day of the month. */
export function partsOf(day: Day): [number, number, number] {
  const date = new Date(day * MS_PER_DAY);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** YYYY-MM-DD, optionally followed by a time ("T10:05:00Z" or " 10:05"), which is ignored. */
export function parseIsoDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text.trim());
  return match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** "4 January 2024" or "January 4, 2024", after an optional weekday and before an optional ", 10:05 AM". */
function parseWrittenDay(text: string): Day | null {
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
  return month === 0 ? null : dayOf(Number(year), month, Number(day));
}

export type SlashOrder = 'dmy' | 'mdy';

/** "01/12/26, 13:40" or "12/01/2026": which number is the month is the caller's to say. */
function parseSlashDay(text: string, order: SlashOrder): Day | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:[,\s].*)?$/.exec(text.trim());
  if (!match) return null;
  const [first, second] = [Number(match[1]), Number(match[2])];
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  return order === 'dmy' ? dayOf(year, second, first) : dayOf(year, first, second);
}

/**
 * A date as Moodle's userdate() prints it in English: "Thursday, 4 January 2024, 10:05 AM" (strftimedaydatetime,
 * the text download), "4 January 2024, 10:05 AM" (strftimedatetime, the ODS and Excel downloads), month first as the
 * US pack prints it, or "04/01/24, 10:05" (strftimedatetimeshort, the completion report: day first, or month first
 * when it carries AM/PM as the US pack's does). ISO dates are accepted for files re-saved from a spreadsheet.
 */
export function parseMoodleDay(text: string): Day | null {
  return parseIsoDay(text) ?? parseWrittenDay(text) ?? parseSlashDay(text, /[AP]M\s*$/i.test(text.trim()) ? 'mdy' : 'dmy');
}

/** What another LMS's export may hold: ISO, written months, or slash dates in the order the user picked. */
export function parseAnyDay(text: string, slashOrder: SlashOrder): Day | null {
  return parseIsoDay(text) ?? parseWrittenDay(text) ?? parseSlashDay(text, slashOrder);
}
