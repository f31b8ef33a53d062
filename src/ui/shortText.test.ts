import { describe, expect, it } from 'vitest';
import { shortText } from './shortText';

describe('shortText', () => {
  it('keeps a short text whole, with its white space folded', () => {
    expect(shortText('  Who  leads\nthe case? ')).toBe('Who leads the case?');
  });
  it('cuts a long text at a whole word and marks the cut, without a dangling comma', () => {
    expect(shortText('One two three, four five', 3)).toBe('One two three…');
  });
});
