// The time formats of the two data models. Durations are counted in whole hundredths of a second, so no
// floating-point rounding turns 3.45 s into 3.44.
function parts(ms: number): { hours: number; minutes: number; seconds: number; hundredths: number } {
  const total = Math.floor(Math.max(0, ms) / 10);
  return {
    hours: Math.floor(total / 360_000),
    minutes: Math.floor((total % 360_000) / 6000),
    seconds: Math.floor((total % 6000) / 100),
    hundredths: total % 100,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function scorm12Timespan(ms: number): string {
  const { hours, minutes, seconds, hundredths } = parts(ms);
  if (hours > 9999) return '9999:59:59.99';
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(hundredths)}`;
}

/** SCORM 1.2 CMITime, a time of day HH:MM:SS. */
export function scorm12TimeOfDay(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), to hundredths of a second. */
export function isoDuration(ms: number): string {
  const { hours, minutes, seconds, hundredths } = parts(ms);
  const fraction = hundredths === 0 ? '' : `.${two(hundredths)}`.replace(/0$/, '');
  return `PT${hours}H${minutes}M${seconds}${fraction}S`;
}

/** SCORM 2004 time (second) in local time without zone, which every LMS accepts. */
export function isoTimestamp(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
