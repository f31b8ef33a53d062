import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import { atMost, parseBudgets, readBudgets } from './budgets';

const valid = {
  startupGzipKB: 100,
  zipKB: 250,
  firstLessonTextMs: 1500,
  commitsPerPageView: 1,
  suspendDataChars: 1000,
  reportReadSeconds: 10,
  reportReadMB: 1024,
};

describe('perf-budget.json', () => {
  it('holds the budgets the course keeps', () => {
    expect(readBudgets(resolve(repoRoot, 'perf-budget.json'))).toEqual(valid);
  });

  it('refuses a missing, misspelt or meaningless budget instead of skipping it', () => {
    const { zipKB: _dropped, ...missing } = valid;
    expect(() => parseBudgets(JSON.stringify(missing), 'b.json')).toThrow('b.json: zipKB must be a positive number');
    expect(() => parseBudgets(JSON.stringify({ ...valid, zipKb: 250 }), 'b.json')).toThrow('unknown budget zipKb');
    expect(() => parseBudgets(JSON.stringify({ ...valid, zipKB: '250' }), 'b.json')).toThrow('zipKB must be a positive number');
    expect(() => parseBudgets(JSON.stringify({ ...valid, zipKB: 0 }), 'b.json')).toThrow('zipKB must be a positive number');
    expect(() => parseBudgets('[]', 'b.json')).toThrow('expected a JSON object');
  });
});

describe('atMost', () => {
  const ms = (n: number) => `${n} ms`;
  it('counts a figure equal to its budget as within it, and one above it as over', () => {
    expect(atMost(1500, 1500, ms)).toEqual({ limit: '≤ 1500 ms', within: true });
    expect(atMost(1500.5, 1500, ms)).toEqual({ limit: '≤ 1500 ms', within: false });
    expect(atMost(0, 1500, ms).within).toBe(true);
  });
});
