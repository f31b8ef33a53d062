// The other inputs (course completion report, gradebook, another LMS's export with chosen columns) and bad input:
// a bad row is named with its file, row and reason and not counted; the rest counts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course, headline, reachedByCategory, readFixtures, syntheticExports } from '../../../tests/support/reportFixtures';
import { defaultMapping } from './categories';
import { roleForAnswer } from './course';
import { describeFile } from './fileReport';
import { computeFigures, summariseStore } from './figures';
import { parsePeriod } from './periods';
import { readDelimited, readSpreadsheet, readXapi } from './read';
import { LearnerStore } from './store';
import { guessMapping } from './tables/generic';

const synthetic = (name: string): string => join(syntheticExports, name);

describe('role spellings (INTERFACES.md)', () => {
  it.each(['law-enforcement', 'law_enforcement', 'f', 'LAW-ENFORCEMENT'])('"%s" is Law enforcement', (answer) => {
    expect(roleForAnswer(course.roles, answer)?.id).toBe('law-enforcement');
  });
  it('"Prefer not to say" is a role of its own, never "Not stated"', () => {
    expect(roleForAnswer(course.roles, 'm')?.id).toBe('prefer-not-to-say');
  });
});

describe('Moodle course completion report and gradebook (SYNTHETIC)', () => {
  it('completion dates count in their fiscal quarter; the discipline profile field gives the role; unknown values are named', async () => {
    const read = await readFixtures([synthetic('moodle-course-completion.SYNTHETIC.csv')]);
    const q1 = read.figures('FY2025-Q1', { awardStart: '2024-10-01' });
    // Ana passed on 14/11/24 and Di failed on 20/12/24 (day-first dates); Bo completed on 02/01/25, in Q2.
    expect(headline(q1.totals.inPeriod)).toEqual({ reached: 2, completed: 1, passed: 1, average: null });
    expect(reachedByCategory(q1)).toEqual({ 'law-enforcement': 1, 'not-stated': 1 });
    const q2 = read.figures('FY2025-Q2', { awardStart: '2024-10-01' });
    expect(reachedByCategory(q2)).toEqual({ survivor: 1 });
    expect(headline(q2.totals.cumulative)).toEqual({ reached: 3, completed: 2, passed: 1, average: null });
    const { report } = read.outcomes[0]!;
    expect(report.details).toEqual(['discipline from "Discipline"']);
    expect(report.warnings.join('\n')).toContain('"Probation" (1) name no role of the course');
    // Cy has not completed: the report cannot say whether Cy started, so Cy is not counted, and the file says so.
    expect(report.warnings.join('\n')).toContain('1 enrolled learner has not completed');
  });

  it('the gradebook gives a discipline to learners who gave no intake answer; the intake answer wins over it', async () => {
    const read = await readFixtures([synthetic('moodle-interactions-pre-eval.SYNTHETIC.txt'), synthetic('moodle-gradebook.SYNTHETIC.csv')]);
    const figures = read.figures('2025-H1');
    // s3 had no intake answer: Medical/Mental Health from the gradebook; s1 said law enforcement, the gradebook says Survivor.
    expect(reachedByCategory(figures)).toEqual({ 'law-enforcement': 1, prosecutor: 1, 'medical-mental-health': 1, 'prefer-not-to-say': 1 });
    expect(describeFile(read.outcomes[1]!.report)).toBe('Moodle gradebook export, discipline from "Discipline": 3 learners, no dates');
    expect(figures.warnings.join('\n')).toContain('1 learner appears only in rows without dates');
  });

  it('a discipline field with a name of its own is not guessed: the file lists its profile fields to choose from', async () => {
    const read = await readFixtures([
      synthetic('moodle-interactions-pre-eval.SYNTHETIC.txt'),
      synthetic('moodle-gradebook-agency-type.SYNTHETIC.csv'),
    ]);
    expect(read.outcomes[1]!.discipline).toEqual({ columns: ['Profile field: County', 'Profile field: Agency type'], chosen: null });
    expect(read.outcomes[1]!.report.warnings).toEqual([
      'no profile field column holding a discipline was found: pick it, or this file adds nothing',
    ]);
    expect(reachedByCategory(read.figures('2025-H1'))).toMatchObject({ 'not-stated': 1 });
  });

  it('the first named column the file has is read as the discipline, whatever its name', async () => {
    const read = await readFixtures(
      [synthetic('moodle-interactions-pre-eval.SYNTHETIC.txt'), synthetic('moodle-gradebook-agency-type.SYNTHETIC.csv')],
      {
        disciplineColumns: ['Profile field: Sector', 'Profile field: Agency type', 'Profile field: County'],
      },
    );
    expect(read.outcomes[1]!.discipline?.chosen).toBe('Profile field: Agency type');
    expect(describeFile(read.outcomes[1]!.report)).toBe(
      'Moodle gradebook export, discipline from "Profile field: Agency type": 3 learners, no dates',
    );
    expect(reachedByCategory(read.figures('2025-H1'))).toEqual({
      'law-enforcement': 1,
      prosecutor: 1,
      'medical-mental-health': 1,
      'prefer-not-to-say': 1,
    });
  });

  it('a named column the file lacks leaves the guess: the completion report still reads its "Discipline" field', async () => {
    const read = await readFixtures([synthetic('moodle-course-completion.SYNTHETIC.csv')], {
      disciplineColumns: ['Profile field: Agency type'],
    });
    expect(read.outcomes[0]!.discipline).toEqual({ columns: ['Discipline'], chosen: 'Discipline' });
    expect(reachedByCategory(read.figures('FY2025-Q1'))).toEqual({ 'law-enforcement': 1, 'not-stated': 1 });
  });
});

describe('an export of another LMS, read with the columns the user picks', () => {
  it('guesses learner, date, status, score, role and time from the header', () => {
    const header = ['User', 'Email', 'Course', 'Completion status', 'Completion date', 'Score', 'Job role', 'Time spent'];
    expect(guessMapping(header).columns).toEqual({
      learner: 'Email',
      date: 'Completion date',
      status: 'Completion status',
      score: 'Score',
      role: 'Job role',
      time: 'Time spent',
    });
  });

  it('counts the good rows and names the bad one by file, row and reason', async () => {
    const read = await readFixtures([synthetic('other-lms-export.SYNTHETIC.csv')]);
    const { report } = read.outcomes[0]!;
    expect(report.problems).toEqual(['row 5: date "31/13/2024" is not a date']);
    expect(report.rowsRefused).toBe(1);
    const figures = read.figures('FY2025-Q1');
    // Ola passed (92%), Pia in progress (2004 spelling law_enforcement); Quy never started; Ray's row is refused.
    expect(headline(figures.totals.inPeriod)).toEqual({ reached: 2, completed: 1, passed: 1, average: 92 });
    expect(reachedByCategory(figures)).toEqual({ prosecutor: 1, 'law-enforcement': 1 });
    expect(figures.hours.inPeriod.measuredHours).toBeCloseTo(85 / 60);
  });

  it('a header with no learner, date or status column waits for the user to choose', async () => {
    const store = new LearnerStore();
    const outcome = await readDelimited('odd.csv', 'Person,When,What\nAna,2025-01-02,done\n', store, course);
    expect(outcome.needsMapping).toBe(true);
    expect(outcome.header).toEqual(['Person', 'When', 'What']);
    expect(store.learners.size).toBe(0);
    const chosen = await readDelimited('odd.csv', 'Person,When,What\nAna,2025-01-02,completed\n', store, course, {
      mapping: { columns: { learner: 'Person', date: 'When', status: 'What' }, slashOrder: 'mdy' },
    });
    expect(chosen.report.learners).toBe(1);
  });
});

describe('bad input', () => {
  const header = 'Name\tEmail address\tAttempt\tStarted on\tLast accessed on\tScore\tSCO\tQuestion 0\tResponse 0';
  const rows = [
    'Ann\ta@example.com\t1\t2025-01-02\t2025-01-02\t90\t90/100\tintake.role\tf',
    'Bob\tb@example.com\t1\t2025-01-02\tyesterday\t90\t90/100\tintake.role\tg',
    'Cat\tc@example.com\t1\t2025-01-02\t2025-01-03\t90\t90/100\tintake.role\tz',
    'Dee\td@example.com\t1\t2025-01-02\t2025-01-03\t0\tLost\t\t',
    'Eve\te@example.com\t1\t2025-01-02\t2025-01-03\t0\tIncomplete\t\t',
  ];

  it('each bad row is named with its row and reason and not counted at all; the others count', async () => {
    const store = new LearnerStore();
    const { report } = await readDelimited('bad.txt', [header, ...rows].join('\n'), store, course);
    expect(report.problems).toEqual([
      'row 3: "Last accessed on" holds "yesterday", which is not a date',
      'row 4: the intake.role answer "z" names no role of the course (by id, id with _ or code)',
      'row 5: a SCO column holds "Lost", which is neither a score nor a status Moodle prints',
    ]);
    expect([...store.learners.keys()]).toEqual(['a@example.com', 'e@example.com']);
    expect(describeFile(report)).toBe(
      'Moodle SCORM interactions report, SCORM 1.2: 2 learners, 2025-01-02 … 2025-01-03; 3 rows not counted',
    );
  });

  it('a file that is no workbook, a header of no known report, an empty file: named and not counted', async () => {
    const store = new LearnerStore();
    const broken = readSpreadsheet('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), store, course);
    expect(broken.report.refused).toMatch(/^not an ODS or XLSX workbook that can be read/);
    const missing = await readDelimited('moodle.txt', 'Name\tAttempt\tScore\nAnn\t1\t90\n', store, course);
    expect(missing.report.refused).toBe(
      'missing columns "Started on", "Last accessed on": Moodle\'s SCORM reports have Attempt, Started on, Last accessed on, Score',
    );
    const empty = await readDelimited('empty.csv', '', store, course);
    expect(empty.report.refused).toBe('the file is empty');
    expect(store.learners.size).toBe(0);
  });

  it('statements that are not JSON are refused whole; a statement without an actor is named and not counted', () => {
    const store = new LearnerStore();
    expect(readXapi('lrs.json', '[{"verb":', store, course).report.refused).toMatch(/^not valid JSON/);
    const statement = { verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, timestamp: '2025-01-02T10:00:00Z' };
    const { report } = readXapi(
      'lrs.json',
      JSON.stringify([statement, { ...statement, actor: { mbox: 'mailto:A@example.com' } }]),
      store,
      course,
    );
    expect(report.problems).toEqual(['statement 1: the actor has no mbox, account, mbox_sha1sum or openid']);
    expect([...store.learners.keys()]).toEqual(['a@example.com']);
  });
});

describe('figures on an empty period', () => {
  it('zeros and no averages, never a division by zero', () => {
    const mapping = defaultMapping(course.roles);
    const figures = computeFigures(
      summariseStore(new LearnerStore(), mapping),
      { period: parsePeriod('FY2025-Q1')!, awardStart: null, mapping, hideSmallGroups: false },
      course,
    );
    expect(headline(figures.totals.cumulative)).toEqual({ reached: 0, completed: 0, passed: 0, average: null });
    expect(figures.knowledge.meanGain).toBeNull();
  });
});

describe('the earlier fixtures (tests/fixtures/reports/README.md), read as before', () => {
  const earlier = (name: string): string => join(syntheticExports, '..', name);

  it('all dates: 10 reached, 7 completed, 5 passed, average 81.6; Fran, in the basic report only, has a role nobody knows', async () => {
    const read = await readFixtures(['moodle-basic.txt', 'moodle-interactions.csv', 'generic.csv'].map(earlier));
    const figures = read.figures('2024-01-01..2024-12-31');
    expect(headline(figures.totals.inPeriod)).toEqual({ reached: 10, completed: 7, passed: 5, average: 81.6 });
    expect(reachedByCategory(figures)).toMatchObject({ 'role-unknown': 1, 'law-enforcement': 2, 'prefer-not-to-say': 2 });
    expect(headline(read.figures('2024-01-01..2024-03-31').totals.inPeriod)).toEqual({
      reached: 9,
      completed: 6,
      passed: 5,
      average: 81.7,
    });
  });

  it('the generic export without its date column waits for the user to say which column holds the date', async () => {
    const read = await readFixtures([earlier('generic-missing-date.csv')]);
    expect(read.outcomes[0]!.needsMapping).toBe(true);
  });
});
