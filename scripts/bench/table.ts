// The one table `npm run bench` prints: a Markdown table, aligned so it reads in a terminal and pastes as is into
// the README. A row with a budget says "ok" or "OVER"; the others are figures to watch.
import type { Verdict } from './budgets';

export interface Row {
  measure: string;
  value: string;
  verdict?: Verdict;
}

const HEADER = ['measure', 'value', 'budget', 'result'] as const;

export function renderTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.measure,
    row.value,
    row.verdict?.limit ?? '',
    row.verdict ? (row.verdict.within ? 'ok' : 'OVER') : '',
  ]);
  const widths = HEADER.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (values: readonly string[]) => `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(HEADER), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

export function overBudget(rows: readonly Row[]): Row[] {
  return rows.filter((row) => row.verdict && !row.verdict.within);
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
