import { describe, expect, it } from 'vitest';
import { kb, overBudget, renderTable, seconds, type Row } from './table';

const rows: Row[] = [
  { measure: 'zip, SCORM 1.2', value: kb(68_400), verdict: { limit: `≤ ${kb(256_000)}`, within: true } },
  { measure: 'first lesson text', value: seconds(1_730), verdict: { limit: `≤ ${seconds(1_500)}`, within: false } },
  { measure: 'build', value: seconds(5_050) },
];

describe('the bench table', () => {
  it('is a Markdown table with aligned columns, a result for each budgeted row and none for the others', () => {
    expect(renderTable(rows).split('\n')).toEqual([
      '| measure           | value   | budget     | result |',
      '| ----------------- | ------- | ---------- | ------ |',
      '| zip, SCORM 1.2    | 66.8 KB | ≤ 250.0 KB | ok     |',
      '| first lesson text | 1.73 s  | ≤ 1.50 s   | OVER   |',
      '| build             | 5.05 s  |            |        |',
    ]);
  });

  it('names exactly the rows over budget, which make the bench fail', () => {
    expect(overBudget(rows).map((row) => row.measure)).toEqual(['first lesson text']);
    expect(overBudget(rows.filter((row) => row.verdict?.within !== false))).toEqual([]);
  });
});
