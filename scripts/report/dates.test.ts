// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { monthsBetween, parseIsoDate, parseMoodleDate } from './dates';

describe('parseIsoDate', () => {
  it('accepts real dates, with or without a time, and nothing else', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate(' 2024-03-05T23:30:00-05:00 ')).toBe('2024-03-05');
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-3-5')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });
});

describe('parseMoodleDate', () => {
  it.each([
    ['Thursday, 4 January 2024, 9:12 AM', '2024-01-04'],
    ['Thursday, 04 January 2024, 09:12 AM', '2024-01-04'],
    ['4 January 2024, 9:12 AM', '2024-01-04'],
    ['Thursday, January 4, 2024, 9:12 AM', '2024-01-04'],
    ['2024-01-04', '2024-01-04'],
  ])('reads "%s"', (text, date) => {
    expect(parseMoodleDate(text)).toBe(date);
  });

  it.each(['-', '04/01/2024', 'Thursday, 31 February 2024, 9:12 AM', 'Thursday, 4 Janvier 2024, 9:12 AM'])('refuses "%s"', (text) => {
    expect(parseMoodleDate(text)).toBeNull();
  });
});

describe('monthsBetween', () => {
  it('lists every month across a year end', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024-02', '2024-02')).toEqual(['2024-02']);
  });
});
