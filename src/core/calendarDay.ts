// A calendar day as a small whole number, so the saved state can keep the day a learner finished in a few
// characters. It is the learner's own day (their time zone), as the certificate shows it, not UTC's.
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the local date at `ms`. */
export function dayNumber(ms: number): number {
  const date = new Date(ms);
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** The local date a dayNumber names. */
export function dayDate(day: number): Date {
  const utc = new Date(day * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}
