// The report core on the real Moodle 5.0.6 downloads: every figure against tests/fixtures/lms-exports/moodle-5.0.6/TRUTH.md.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course, headline, moodleExports, reachedByCategory, readFixtures } from '../../../tests/support/reportFixtures';
import { describeFile } from './fileReport';

const file = (name: string): string => join(moodleExports, name);
const FORMATS = ['-tab.txt', '.ods', '.xlsx'] as const;
const fileOf = (version: '12' | '2004', report: string, format: (typeof FORMATS)[number]): string =>
  file(`scorm${version}_${report}${format}`);

describe.each(FORMATS)('Moodle downloads as %s', (format) => {
  it.each(['basic', 'interactions', 'objectives'])(
    'SCORM 1.2 %s report: reached 7, passed 4 (Ada, Ben, Eve, Rae), average 87.2',
    async (report) => {
      const read = await readFixtures([fileOf('12', report, format)]);
      const figures = read.figures('FY2027-Q1');
      // Cleo failed all three tries: below the mastery score, not completed; Dan and Fay are in progress.
      expect(headline(figures.totals.inPeriod)).toEqual({ reached: 7, completed: 4, passed: 4, average: 87.2 });
      expect(read.outcomes[0]!.report.rowsRefused).toBe(0);
    },
  );

  it.each(['basic', 'interactions', 'objectives'])(
    'SCORM 2004 %s report: reached 9, passed 4 as recorded (Gus, Hal, Kim, Tia), average 76.2',
    async (report) => {
      const figures = (await readFixtures([fileOf('2004', report, format)])).figures('FY2027-Q1');
      expect(headline(figures.totals.inPeriod)).toEqual({ reached: 9, completed: 4, passed: 4, average: 76.2 });
    },
  );

  it('SCORM 1.2 interactions: roles by the latest answer (Ben changed from HT provider to Prosecutor), Dan and Fay not stated', async () => {
    const figures = (await readFixtures([fileOf('12', 'interactions', format)])).figures('FY2027-Q1');
    expect(reachedByCategory(figures)).toEqual({
      'law-enforcement': 1,
      prosecutor: 1,
      survivor: 1,
      other: 1,
      'prefer-not-to-say': 1,
      'not-stated': 2,
    });
    expect(figures.warnings).toEqual([]);
  });

  it('SCORM 2004 interactions: Moodle prints no interactions, so the roles are unknown, with a warning, never "Not stated"', async () => {
    const read = await readFixtures([fileOf('2004', 'interactions', format)]);
    const figures = read.figures('FY2027-Q1');
    expect(reachedByCategory(figures)).toEqual({ 'role-unknown': 9 });
    expect(read.outcomes[0]!.report.warnings.join('\n')).toContain('Moodle prints none for SCORM 2004 packages');
    expect(figures.warnings.join('\n')).toContain('9 learners are known only from files that cannot carry the intake answer');
  });
});

describe('both activities together', () => {
  const all = ['12', '2004'].flatMap((version) =>
    ['basic', 'interactions', 'objectives'].map((report) => fileOf(version as '12' | '2004', report, '-tab.txt')),
  );

  it('counts each learner once across the three reports of each activity: 16 reached, 8 passed, average 81.2', async () => {
    const figures = (await readFixtures(all)).figures('FY2027-Q1');
    expect(headline(figures.totals.inPeriod)).toEqual({ reached: 16, completed: 8, passed: 8, average: 81.2 });
    expect(headline(figures.totals.newInPeriod)).toEqual({ reached: 16, completed: 8, passed: 8, average: 81.2 });
    // Training hours are completers × the course's length, which is computed from its content.
    expect(figures.hours.inPeriod).toEqual({
      completers: 8,
      trainingHours: (8 * course.estimatedMinutes) / 60,
      measuredLearners: 0,
      measuredHours: 0,
    });
    expect(figures.byQuarter.map((quarter) => [quarter.period.code, quarter.inPeriod.reached])).toEqual([['FY2027-Q1', 16]]);
  });

  it('the roles the 1.2 interactions report gives, the 2004 learners unknown', async () => {
    const figures = (await readFixtures(all)).figures('FY2027-Q1');
    expect(reachedByCategory(figures)).toEqual({
      'law-enforcement': 1,
      prosecutor: 1,
      survivor: 1,
      other: 1,
      'prefer-not-to-say': 1,
      'not-stated': 2,
      'role-unknown': 9,
    });
  });

  it('periods: nothing in FY2027 Q2 itself, all 16 cumulative since the award start; the JustGrants half Jul–Dec 2026 holds them', async () => {
    const read = await readFixtures(all);
    const next = read.figures('FY2027-Q2', { awardStart: '2026-10-01' });
    expect(headline(next.totals.inPeriod)).toEqual({ reached: 0, completed: 0, passed: 0, average: null });
    expect(headline(next.totals.newInPeriod)).toEqual({ reached: 0, completed: 0, passed: 0, average: null });
    expect(headline(next.totals.cumulative)).toEqual({ reached: 16, completed: 8, passed: 8, average: 81.2 });
    expect(next.byQuarter.map((quarter) => [quarter.period.code, quarter.inPeriod.reached])).toEqual([
      ['FY2027-Q1', 16],
      ['FY2027-Q2', 0],
    ]);
    expect(headline(read.figures('2026-H2').totals.inPeriod).reached).toBe(16);
    expect(headline(read.figures('FY2026-Q4').totals.inPeriod).reached).toBe(0);
  });
});

describe('what the page says about each file', () => {
  it('names the report, the SCORM version where the file shows it, the learners and the dates', async () => {
    const read = await readFixtures([
      fileOf('12', 'interactions', '-tab.txt'),
      fileOf('2004', 'objectives', '.ods'),
      fileOf('12', 'basic', '.xlsx'),
    ]);
    expect(read.outcomes.map(({ report }) => describeFile(report))).toEqual([
      'Moodle SCORM interactions report, SCORM 1.2: 7 learners, 2026-12-01 … 2026-12-01',
      'Moodle SCORM objectives report, SCORM 2004, no roles in this report: 9 learners, 2026-12-01 … 2026-12-01',
      'Moodle SCORM basic report, no roles in this report: 7 learners, 2026-12-01 … 2026-12-01',
    ]);
  });

  it('the objectives report: Moodle 5.0.6 prints no objective values, said plainly', async () => {
    const read = await readFixtures([fileOf('12', 'objectives', '.xlsx')]);
    expect(read.outcomes[0]!.report.warnings).toContain(
      'the objective columns are empty, as Moodle 5.0.6 prints them (a Moodle bug in the objectives report); attempts and scores still count',
    );
  });

  it('the basic report with "Track details: No" (downloaded before Rae launched): 6 launched, none counted completed', async () => {
    const read = await readFixtures([file('scorm12_basic-tab-track-details-no.txt')]);
    expect(headline(read.figures('FY2027-Q1').totals.inPeriod)).toEqual({ reached: 6, completed: 0, passed: 0, average: null });
    expect(read.outcomes[0]!.report.warnings.join('\n')).toContain('"Track details" was No');
  });
});
