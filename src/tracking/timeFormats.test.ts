import { describe, expect, it } from 'vitest';
import { isoDuration, isoTimestamp, scorm12TimeOfDay, scorm12Timespan } from './timeFormats';

describe('time formats', () => {
  it('writes SCORM 1.2 timespans as HHHH:MM:SS.SS', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(3_723_450)).toBe('0001:02:03.45');
    expect(scorm12Timespan(10_000 * 3600 * 1000)).toBe('9999:59:59.99');
  });

  it('writes SCORM 2004 durations in ISO 8601', () => {
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(0)).toBe('PT0H0M0S');
  });

  it('writes times of day and timestamps', () => {
    const date = new Date(2026, 10, 22, 9, 5, 7);
    expect(scorm12TimeOfDay(date)).toBe('09:05:07');
    expect(isoTimestamp(date)).toBe('2026-11-22T09:05:07');
  });
});
