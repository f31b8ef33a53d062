import { describe, expect, it } from 'vitest';
import { displayName } from './learnerName';

describe('displayName', () => {
  it('turns "Last, First" into "First Last"', () => {
    expect(displayName('Doe, Jane')).toBe('Jane Doe');
    expect(displayName('  de la Cruz ,  María José ')).toBe('María José de la Cruz');
  });
  it('keeps names without a comma as they are', () => {
    expect(displayName('Jane Doe')).toBe('Jane Doe');
    expect(displayName('')).toBe('');
    expect(displayName('Doe,')).toBe('Doe');
  });
  it('15. shows a name with more than one comma as the LMS gives it, rather than rearranged wrongly', () => {
    expect(displayName('Smith, John, Paul')).toBe('Smith, John, Paul');
  });
});
