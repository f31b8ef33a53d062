import { describe, expect, it } from 'vitest';
import { slowest } from '../support/summaryReporter';

describe("the run's closing note", () => {
  it('lists the ten slowest tests, slowest first, one line each with seconds', () => {
    const timed = Array.from({ length: 12 }, (_, i) => ({ name: `a.test.ts > test ${i}`, ms: i * 1000 + 250 }));
    const lines = slowest(timed, 'tests', 10).trim().split('\n');
    expect(lines[0]).toBe('slowest 10 tests:');
    expect(lines.slice(1)).toHaveLength(10);
    expect(lines[1]).toBe('  11.3 s  a.test.ts > test 11');
    expect(lines[10]).toBe('   2.3 s  a.test.ts > test 2');
  });

  it('lists the slowest files the same way', () => {
    const files = [
      { name: 'a.test.ts', ms: 1200 },
      { name: 'b.test.ts', ms: 31_000 },
    ];
    expect(slowest(files, 'test files', 5)).toBe('\nslowest 2 test files:\n  31.0 s  b.test.ts\n   1.2 s  a.test.ts\n');
  });

  it('says nothing when no test ran', () => {
    expect(slowest([], 'tests', 10)).toBe('');
  });
});
