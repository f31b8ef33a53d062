// @vitest-environment node
// The command itself, run as `npm run report` runs it (tsx scripts/report.ts), on the fixture exports.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesFolder, repositoryRoot } from './testFixtures';

function report(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/report.ts', ...args], { cwd: repositoryRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixtures = ['moodle-basic.txt', 'moodle-interactions.csv', 'generic.csv'].map((name) => join(fixturesFolder, name));

describe('npx tsx scripts/report.ts', () => {
  it('prints the report on stdout and warnings on stderr, exiting 0', () => {
    const { status, stdout, stderr } = report(...fixtures, '--from', '2024-01-01', '--to', '2024-03-31', '--format', 'csv');
    expect(status).toBe(0);
    // Reached counts do not depend on the mastery score that course/course.yaml sets.
    expect(stdout.split('\n')[0]).toBe('section,key,label,reached,completed,passed,average_score');
    expect(stdout).toMatch(/^total,,All trainees,9,/m);
    expect(stdout).toMatch(/^role,law-enforcement,Criminal Justice: Law Enforcement,2,/m);
    expect(stderr).toContain('report: warning: 1 learner(s) appear only in files that do not record the intake answer');
  }, 60_000);

  it('fails with exit code 1, the file and what is missing on stderr, and nothing on stdout', () => {
    const broken = join(fixturesFolder, 'generic-missing-date.csv');
    const { status, stdout, stderr } = report(fixtures[0] ?? '', broken);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`report: ${broken}: missing column "date"`);
  }, 60_000);
});
