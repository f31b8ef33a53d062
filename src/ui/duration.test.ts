import { describe, expect, it } from 'vitest';
import { durationInHours, durationInWords } from './duration';

describe('the course time in words', () => {
  it('says minutes, hours, or both', () => {
    expect(durationInWords(45)).toBe('45 minutes');
    expect(durationInWords(60)).toBe('1 hour');
    expect(durationInWords(130)).toBe('2 hours 10 minutes');
    expect(durationInWords(61)).toBe('1 hour 1 minute');
  });

  it('gives hours to one decimal place for the certificate', () => {
    expect(durationInHours(130)).toBe('2.2 hours');
    expect(durationInHours(60)).toBe('1 hour');
    expect(durationInHours(45)).toBe('0.8 hours');
  });
});
