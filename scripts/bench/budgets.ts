// The budgets the course keeps (perf-budget.json at the repository root), and the comparison against them.
// KB are 1,024 bytes, as `npm run package` prints them.
import { readFileSync } from 'node:fs';

export interface Budgets {
  /** The JS and CSS index.html loads, gzip, together. */
  startupGzipKB: number;
  /** Each SCORM zip. */
  zipKB: number;
  /** Median time to the first lesson text under the throttle (see startup.ts). */
  firstLessonTextMs: number;
  /** LMS commits per course page shown, over a full completion. */
  commitsPerPageView: number;
  /** suspend_data in the worst case. */
  suspendDataChars: number;
  /** The report (page and CLI) reading a state-wide export: 16,000 learners × 62 interactions. */
  reportReadSeconds: number;
  /** Peak memory of that read (the CLI's process, the page's renderer process), MB of 1,048,576 bytes. */
  reportReadMB: number;
}

const BUDGET_KEYS = [
  'startupGzipKB',
  'zipKB',
  'firstLessonTextMs',
  'commitsPerPageView',
  'suspendDataChars',
  'reportReadSeconds',
  'reportReadMB',
] as const satisfies ReadonlyArray<keyof Budgets>;

/** Refuses a file with a budget missing, misspelt or not a positive number, so no budget is skipped silently. */
export function parseBudgets(text: string, source: string): Budgets {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${source}: expected a JSON object`);
  const entries = Object.entries(parsed as Record<string, unknown>);
  const unknown = entries.map(([key]) => key).filter((key) => !(BUDGET_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new Error(`${source}: unknown budget ${unknown.join(', ')}; known: ${BUDGET_KEYS.join(', ')}`);
  const values = new Map(entries);
  const budget = (key: keyof Budgets): number => {
    const value = values.get(key);
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new Error(`${source}: ${key} must be a positive number`);
    return value;
  };
  return {
    startupGzipKB: budget('startupGzipKB'),
    zipKB: budget('zipKB'),
    firstLessonTextMs: budget('firstLessonTextMs'),
    commitsPerPageView: budget('commitsPerPageView'),
    suspendDataChars: budget('suspendDataChars'),
    reportReadSeconds: budget('reportReadSeconds'),
    reportReadMB: budget('reportReadMB'),
  };
}

export function readBudgets(path: string): Budgets {
  return parseBudgets(readFileSync(path, 'utf8'), path);
}

export interface Verdict {
  /** The limit as the table shows it, e.g. "≤ 100.0 KB". */
  limit: string;
  within: boolean;
}

/** value ≤ limit, both in the same unit, shown with the same formatter. */
export function atMost(value: number, limit: number, format: (n: number) => string): Verdict {
  return { limit: `≤ ${format(limit)}`, within: value <= limit };
}
