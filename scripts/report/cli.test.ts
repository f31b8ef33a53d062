// The command as `npm run -s report` runs it, on the real Moodle downloads: the same numbers as the core's tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moodleExports, repositoryRoot, syntheticExports } from '../../tests/support/reportFixtures';

function report(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/report.ts', ...args], { cwd: repositoryRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MOODLE = ['scorm12_basic-tab.txt', 'scorm12_interactions.ods', 'scorm2004_basic.xlsx', 'scorm2004_interactions-tab.txt'].map((name) =>
  join(moodleExports, name),
);

/** measure → value of the tidy CSV rows of one section, group and scope. */
function csvValues(csv: string, section: string, group: string, scope: string): Record<string, string> {
  const rows = csv
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  return Object.fromEntries(
    rows.filter((row) => row[6] === section && row[7] === group && row[10] === scope).map((row) => [row[9], row[11]]),
  );
}

describe('npm run -s report', () => {
  it('writes the tidy CSV to --out for --period FY2027-Q1: 16 reached, 8 completed, 8 passed, average 81.2', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.csv');
    const { status, stdout, stderr } = report(
      ...MOODLE,
      '--period',
      'FY2027-Q1',
      '--award-start',
      '2026-10-01',
      '--format',
      'csv',
      '--out',
      out,
      '--program',
      'Do It Well',
      '--grant',
      '15POVC-00-GG-00000-MUMU',
    );
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'program,grant_number,period,period_start,period_end,cumulative_start,section,group_id,group,measure,scope,value,note',
    );
    expect(csv.split('\n')[1]).toBe(
      'Do It Well,15POVC-00-GG-00000-MUMU,FY2027-Q1,2026-10-01,2026-12-31,2026-10-01,total,all,All trainees,reached,in_period,16,',
    );
    expect(csvValues(csv, 'total', 'all', 'in_period')).toMatchObject({
      reached: '16',
      completed: '8',
      passed: '8',
      average_score: '81.2',
    });
    expect(csvValues(csv, 'discipline', 'prosecutor', 'in_period')).toMatchObject({ reached: '1' });
    expect(csvValues(csv, 'discipline', 'role-unknown', 'in_period')).toMatchObject({ reached: '9' });
    expect(stderr).toContain('Moodle prints none for SCORM 2004 packages');
    expect(stderr).toContain(`wrote ${out}`);
  }, 60_000);

  it('prints Markdown on stdout; FY2027-Q2 has none in the period and 16 cumulative', () => {
    const { status, stdout } = report(...MOODLE, '--period=FY2027-Q2', '--award-start', '2026-10-01');
    expect(status).toBe(0);
    expect(stdout).toContain('| In the period | 0 | 0 | 0 | – | – | – |');
    expect(stdout).toContain('| Cumulative since award start | 16 | 8 | 8 | 50.0% | 50.0% | 81.2 |');
  }, 60_000);

  it('exits 2 and names the file and row it could not count, after writing the rest', () => {
    const { status, stdout, stderr } = report(
      join(syntheticExports, 'other-lms-export.SYNTHETIC.csv'),
      '--period',
      'FY2025-Q1',
      '--format',
      'csv',
    );
    expect(status).toBe(2);
    expect(csvValues(stdout, 'total', 'all', 'in_period')).toMatchObject({ reached: '2', passed: '1' });
    expect(stderr).toContain('other-lms-export.SYNTHETIC.csv: row 5: date "31/13/2024" is not a date');
  }, 60_000);

  it('names the profile fields of a gradebook whose discipline field it cannot recognise, and reads the one --discipline-column names', () => {
    const files = ['moodle-interactions-pre-eval.SYNTHETIC.txt', 'moodle-gradebook-agency-type.SYNTHETIC.csv'].map((name) =>
      join(syntheticExports, name),
    );
    const unnamed = report(...files, '--period', '2025-H1', '--format', 'csv');
    expect(unnamed.stderr).toContain(
      'moodle-gradebook-agency-type.SYNTHETIC.csv: its profile field columns are "Profile field: County", "Profile field: Agency type": give --discipline-column with the one that holds the discipline',
    );
    expect(csvValues(unnamed.stdout, 'discipline', 'medical-mental-health', 'in_period')).toMatchObject({ reached: '0' });
    const named = report(...files, '--period', '2025-H1', '--format', 'csv', '--discipline-column', 'Profile field: Agency type');
    expect(named.status).toBe(0);
    expect(named.stderr).not.toContain('give --discipline-column');
    expect(csvValues(named.stdout, 'discipline', 'medical-mental-health', 'in_period')).toMatchObject({ reached: '1' });
  }, 60_000);

  it('exits 1 with the reason and writes nothing on a wrong option', () => {
    const { status, stdout, stderr } = report(MOODLE[0]!, '--period', 'FY2027-Q9');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('--period takes FY2025-Q1, 2025-H1 or 2024-10-01..2024-12-31, got "FY2027-Q9"');
  }, 60_000);
});
