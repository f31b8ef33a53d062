// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads files and options in any order, with or without "="', () => {
    expect(parseArgs(['a.csv', '--from', '2024-01-01', 'b.txt', '--to=2024-03-31', '--format', 'csv'])).toEqual({
      files: ['a.csv', 'b.txt'],
      from: '2024-01-01',
      to: '2024-03-31',
      format: 'csv',
      help: false,
    });
  });

  it('defaults to Markdown and an open period', () => {
    expect(parseArgs(['a.csv'])).toMatchObject({ from: null, to: null, format: 'md' });
  });

  it.each([
    [[], 'no export files given'],
    [['a.csv', '--from', '2024-02-30'], '--from needs a date written YYYY-MM-DD, got "2024-02-30"'],
    [['a.csv', '--to', '2024-03-05T10:00'], '--to needs a date written YYYY-MM-DD, got "2024-03-05T10:00"'],
    [['a.csv', '--from'], '--from needs a value'],
    [['a.csv', '--format', 'pdf'], '--format must be md or csv, got "pdf"'],
    [['a.csv', '--since', '2024-01-01'], 'unknown option --since'],
    [['a.csv', '--from', '2024-03-01', '--to', '2024-02-01'], '--from 2024-03-01 is after --to 2024-02-01'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
