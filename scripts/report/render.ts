// Prints a Report as Markdown (for people) or CSV (for spreadsheets and grant systems).
import type { Counts, Period, Report } from './aggregate';
import { formatCsvRow } from './csv';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2024-03" → "March 2024". */
function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTH_NAMES[Number(number) - 1] ?? number} ${year}`;
}

function formatScore(score: number | null): string {
  return score === null ? '' : score.toFixed(1);
}

function describePeriod({ from, to }: Period): string {
  if (from !== null && to !== null) return `${from} to ${to} (inclusive)`;
  if (from !== null) return `from ${from} (inclusive)`;
  if (to !== null) return `up to ${to} (inclusive)`;
  return 'all dates in the files';
}

/** Markdown table cells cannot hold a bare pipe or a line break. */
function markdownCell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
}

function markdownTable(firstHeading: string, rows: { label: string; counts: Counts }[], total: Counts | null): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const countCells = (counts: Counts): string[] => [
    String(counts.reached),
    String(counts.completed),
    String(counts.passed),
    formatScore(counts.averageScore) || '–',
  ];
  return [
    line([firstHeading, 'Reached', 'Completed', 'Passed', 'Average score']),
    line(['---', '---:', '---:', '---:', '---:']),
    ...rows.map(({ label, counts }) => line([markdownCell(label), ...countCells(counts)])),
    ...(total === null ? [] : [line(['**Total**', ...countCells(total).map((cell) => `**${cell}**`)])]),
  ].join('\n');
}

export function renderMarkdown(report: Report): string {
  return [
    '# Trainees reached and completed',
    '',
    `- Period: ${describePeriod(report.period)}`,
    `- Files: ${report.files.map(markdownCell).join(', ')}`,
    '',
    '## Totals',
    '',
    markdownTable('Trainees', [{ label: 'All trainees', counts: report.totals }], null),
    '',
    '## By role',
    '',
    markdownTable('Role', report.byRole, report.totals),
    '',
    '## By month',
    '',
    report.byMonth.length > 0
      ? markdownTable('Month', report.byMonth.map(({ month, counts }) => ({ label: monthLabel(month), counts })), report.totals)
      : 'No trainees in this period.',
    '',
    'Each trainee counts once: with their best result dated in the period (passed, then completed, failed,',
    'incomplete), in the month of that result. "Reached" counts trainees who launched the course; "Completed"',
    'includes those who passed. The average score is over trainees with a score. Roles are the answers to',
    '"Which best describes your role?"; "Not stated" counts trainees who skipped it.',
    '',
  ].join('\n');
}

const CSV_HEADER = ['section', 'key', 'label', 'reached', 'completed', 'passed', 'average_score'] as const;

export function renderCsv(report: Report): string {
  const row = (section: string, key: string, label: string, counts: Counts): string =>
    formatCsvRow([section, key, label, counts.reached, counts.completed, counts.passed, formatScore(counts.averageScore)]);
  return [
    formatCsvRow(CSV_HEADER),
    row('total', '', 'All trainees', report.totals),
    ...report.byRole.map(({ id, label, counts }) => row('role', id, label, counts)),
    ...report.byMonth.map(({ month, counts }) => row('month', month, monthLabel(month), counts)),
    '',
  ].join('\n');
}
