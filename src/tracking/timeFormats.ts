// The time formats of the two data models.
function parts(ms: number): { hours: number; minutes: number; seconds: number } {
  const totalSeconds = Math.max(0, ms) / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  return { hours, minutes, seconds: totalSeconds - hours * 3600 - minutes * 60 };
}

const two = (n: number) => String(n).padStart(2, '0');

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function scorm12Timespan(ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  if (hours > 9999) return '9999:59:59.99';
  const secondsText = (Math.floor(seconds * 100) / 100).toFixed(2).padStart(5, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${secondsText}`;
}

/** SCORM 1.2 CMITime, a time of day HH:MM:SS. */
export function scorm12TimeOfDay(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), to hundredths of a second. */
export function isoDuration(ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  const secondsText = String(Math.floor(seconds * 100) / 100);
  return `PT${hours}H${minutes}M${secondsText}S`;
}

/** SCORM 2004 time (second) in local time without zone, which every LMS accepts. */
export function isoTimestamp(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
