// @vitest-environment node
// The printed report for the fixture exports: every number below can be traced by hand in
// tests/fixtures/reports/ (README.md there accounts for them learner by learner).
import { describe, expect, it } from 'vitest';
import { aggregate, type Period } from './aggregate';
import { readExport } from './input';
import { renderCsv, renderMarkdown } from './render';
import { course, fixture, roles } from './testFixtures';

const FILES = ['moodle-basic.txt', 'moodle-interactions.csv', 'generic.csv'];
const ALL_DATES: Period = { from: null, to: null };

function reportFor(period: Period, files = FILES) {
  const exports = files.map((name) => readExport(name, fixture(name), course));
  return aggregate(exports.flatMap((parsed) => parsed.rows), period, roles, files);
}

/** The body rows of the Markdown table under a heading, as arrays of cells. */
function tableUnder(markdown: string, heading: string): string[][] {
  const section = (markdown.split(`## ${heading}\n`)[1] ?? '').split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.includes('---'))
    .slice(1)
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('the Markdown report for the fixtures', () => {
  const markdown = renderMarkdown(reportFor(ALL_DATES));

  it('states the period and the files', () => {
    expect(markdown).toContain('- Period: all dates in the files\n');
    expect(markdown).toContain('- Files: moodle-basic.txt, moodle-interactions.csv, generic.csv\n');
  });

  it('totals: each learner once, the Moodle learners merged across the basic and interactions reports', () => {
    expect(tableUnder(markdown, 'Totals')).toEqual([['All trainees', '10', '7', '5', '81.6']]);
  });

  it('by role: every role of course/roles.yaml in its order with its label, then "Not stated"', () => {
    expect(tableUnder(markdown, 'By role')).toEqual([
      ['Dual Domestic Violence/Sexual Assault Coalition', '0', '0', '0', '–'],
      ['Domestic Violence Victim Service Provider/Coalition', '1', '1', '1', '85.0'],
      ['Sexual Assault Victim Service Provider/Statewide Coalition', '0', '0', '0', '–'],
      ['Human Trafficking Victim Service Provider', '0', '0', '0', '–'],
      ['Runaway and Homeless Youth Service Provider', '0', '0', '0', '–'],
      ['Criminal Justice: Law Enforcement', '2', '2', '2', '90.0'],
      ['Criminal Justice: Prosecutor', '1', '0', '0', '60.0'],
      ['Criminal Justice: Judiciary/Court Staff', '1', '1', '0', '81.0'],
      ['Medical/Mental Health Practitioner', '0', '0', '0', '–'],
      ['Survivor', '0', '0', '0', '–'],
      ['Training/Technical Assistance Provider', '0', '0', '0', '–'],
      ['Other', '0', '0', '0', '–'],
      ['Prefer not to say', '2', '1', '1', '82.5'],
      ['Not stated', '3', '2', '1', '–'],
      ['**Total**', '**10**', '**7**', '**5**', '**81.6**'],
    ]);
    expect(roles.map((role) => role.label)).toEqual(tableUnder(markdown, 'By role').slice(0, -2).map((row) => row[0]));
  });

  it('by month: each learner in the month of their best result', () => {
    expect(tableUnder(markdown, 'By month')).toEqual([
      ['January 2024', '2', '1', '1', '92.0'],
      ['February 2024', '3', '2', '1', '79.0'],
      ['March 2024', '4', '3', '3', '80.0'],
      ['April 2024', '1', '1', '0', '81.0'],
      ['**Total**', '**10**', '**7**', '**5**', '**81.6**'],
    ]);
  });

  it('warns, outside the printed report, about learners whose role no file could record', () => {
    expect(reportFor(ALL_DATES).warnings).toEqual([
      '1 learner(s) appear only in files that do not record the intake answer (Moodle\'s basic report) and are ' +
        'counted as "Not stated"; add the interactions report to place them',
    ]);
    expect(markdown).not.toContain('warning');
  });
});

describe('--from and --to', () => {
  it('count only rows dated inside the inclusive period and list each of its months', () => {
    const markdown = renderMarkdown(reportFor({ from: '2024-01-01', to: '2024-03-31' }));
    expect(markdown).toContain('- Period: 2024-01-01 to 2024-03-31 (inclusive)\n');
    expect(tableUnder(markdown, 'Totals')).toEqual([['All trainees', '9', '6', '5', '81.7']]);
    expect(tableUnder(markdown, 'By month').map((row) => row[0])).toEqual(['January 2024', 'February 2024', 'March 2024', '**Total**']);
  });

  it('take a learner\'s best result within the period: Ben passed in March, so up to February he is incomplete', () => {
    const report = reportFor({ from: null, to: '2024-02-29' });
    expect(report.totals).toEqual({ reached: 6, completed: 3, passed: 2, averageScore: (92 + 70 + 88) / 3 });
    const dvProvider = report.byRole.find((row) => row.id === 'dv-provider');
    // His role still comes from his answer, whichever row it is on.
    expect(dvProvider?.counts).toEqual({ reached: 1, completed: 0, passed: 0, averageScore: null });
    expect(report.byMonth.map(({ month, counts }) => [month, counts.reached])).toEqual([['2024-01', 3], ['2024-02', 3]]);
  });

  it('include both boundary dates', () => {
    const report = reportFor({ from: '2024-02-01', to: '2024-02-01' }, ['generic.csv', 'moodle-interactions.csv']);
    // Ivy's passed row and Cara's last access are both dated 1 February.
    expect(report.totals).toMatchObject({ reached: 2, completed: 1, passed: 1 });
  });

  it('list every month of a period even when some have no trainees', () => {
    const report = reportFor({ from: '2023-11-15', to: '2024-01-31' }, ['generic.csv']);
    expect(report.byMonth.map(({ month, counts }) => [month, counts.reached])).toEqual([
      ['2023-11', 0],
      ['2023-12', 0],
      ['2024-01', 2],
    ]);
  });

  it('say so when nobody is in the period', () => {
    const markdown = renderMarkdown(reportFor({ from: '2025-01-01', to: null }));
    expect(tableUnder(markdown, 'Totals')).toEqual([['All trainees', '0', '0', '0', '–']]);
    expect(markdown).toContain('- Period: from 2025-01-01 (inclusive)\n');
    expect(markdown).toContain('## By month\n\nNo trainees in this period.\n');
  });
});

describe('the CSV report', () => {
  it('prints one row for the total, one per role and one per month', () => {
    expect(renderCsv(reportFor({ from: '2024-03-01', to: '2024-04-30' }))).toBe(
      [
        'section,key,label,reached,completed,passed,average_score',
        'total,,All trainees,5,4,3,80.3',
        'role,dv-sa-coalition,Dual Domestic Violence/Sexual Assault Coalition,0,0,0,',
        'role,dv-provider,Domestic Violence Victim Service Provider/Coalition,1,1,1,85.0',
        'role,sa-provider,Sexual Assault Victim Service Provider/Statewide Coalition,0,0,0,',
        'role,ht-provider,Human Trafficking Victim Service Provider,0,0,0,',
        'role,rhy-provider,Runaway and Homeless Youth Service Provider,0,0,0,',
        'role,law-enforcement,Criminal Justice: Law Enforcement,0,0,0,',
        'role,prosecutor,Criminal Justice: Prosecutor,1,0,0,60.0',
        'role,court-staff,Criminal Justice: Judiciary/Court Staff,1,1,0,81.0',
        'role,medical-mental-health,Medical/Mental Health Practitioner,0,0,0,',
        'role,survivor,Survivor,0,0,0,',
        'role,tta-provider,Training/Technical Assistance Provider,0,0,0,',
        'role,other,Other,0,0,0,',
        'role,prefer-not-to-say,Prefer not to say,1,1,1,95.0',
        'role,not-stated,Not stated,1,1,1,',
        'month,2024-03,March 2024,4,3,3,80.0',
        'month,2024-04,April 2024,1,1,0,81.0',
        '',
      ].join('\n'),
    );
  });
});
