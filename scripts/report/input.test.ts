// @vitest-environment node
// From one export file to normalised rows: format detection, the rules per format, and the errors.
import { describe, expect, it } from 'vitest';
import { parseDelimited } from './csv';
import { detectFormat } from './formats';
import { readExport } from './input';
import type { ResultRow } from './records';
import { course, fixture } from './testFixtures';

const GENERIC_HEADER = 'learner_id,name,status,score,date,role';
const MOODLE_HEADER = ['Name', 'Email address', 'Attempt', 'Started on', 'Last accessed on', 'Score', 'The course'];
const INTERACTIONS_HEADER = [...MOODLE_HEADER, 'Question 0', 'Response 0', 'Question 1', 'Response 1'];

function tsv(rows: string[][]): string {
  return rows.map((row) => row.join('\t')).join('\n');
}

const attempt = (name: string, email: string, lastAccessed: string, sco: string, ...interactions: string[]): string[] => [
  name, email, '1', lastAccessed, lastAccessed, '0', sco, ...interactions,
];

function rowsOf(fileName: string, text: string): ResultRow[] {
  return readExport(fileName, text, course).rows;
}

describe('detectFormat', () => {
  it.each([
    ['moodle-basic.txt', 'moodle-basic'],
    ['moodle-interactions.csv', 'moodle-interactions'],
    ['generic.csv', 'generic'],
  ])('recognises %s from its header row', (name, kind) => {
    const [header = []] = parseDelimited(fixture(name)).records;
    expect(detectFormat(name, header).kind).toBe(kind);
  });

  it('names the file and every missing column of the generic CSV', () => {
    expect(() => readExport('generic-missing-date.csv', fixture('generic-missing-date.csv'), course)).toThrow(
      'generic-missing-date.csv: missing column "date": the generic CSV has the columns learner_id, name, status, score, date, role',
    );
    expect(() => detectFormat('two.csv', ['learner_id', 'name', 'status'])).toThrow('two.csv: missing columns "score", "date", "role"');
  });

  it('names the missing columns of a Moodle report', () => {
    expect(() => detectFormat('m.txt', ['Name', 'Attempt', 'Started on', 'Score', 'SCO'])).toThrow(
      'm.txt: missing column "Last accessed on": Moodle\'s SCORM reports have Name, Attempt, Started on, Last accessed on, Score',
    );
  });

  it('asks for "Track details" when the basic report has no per-SCO status columns', () => {
    expect(() => detectFormat('m.txt', MOODLE_HEADER.slice(0, -1))).toThrow(
      'm.txt: missing column "<SCO title>": the per-SCO status columns after "Score" come only with the basic report option "Track details" set to Yes',
    );
  });

  it('asks for the question ids when the interactions report has only responses', () => {
    expect(() => detectFormat('i.txt', [...MOODLE_HEADER, 'Response 0', 'Response 1'])).toThrow(
      'i.txt: missing column "Question 0": the intake answer is found by its interaction id: tick "Summary of question" before downloading',
    );
  });

  it('refuses a header it does not recognise, listing what it expects', () => {
    expect(() => detectFormat('x.csv', ['Nom', 'Tentative'])).toThrow(
      'x.csv: not a recognised export: the header has neither Moodle\'s SCORM report columns (Name, Attempt, Started on, ' +
        'Last accessed on, Score) nor the generic columns (learner_id, name, status, score, date, role)',
    );
  });
});

describe('the generic CSV', () => {
  it('normalises status case, blank scores and roles given by id or code', () => {
    expect(rowsOf('g.csv', `${GENERIC_HEADER}\nL-1,Ann,COMPLETED,,2024-05-06,g\nL-2,Bo,passed,90,2024-05-07T10:00:00Z,survivor\n`)).toEqual([
      { learnerKey: 'l-1', status: 'completed', score: null, date: '2024-05-06', roleId: 'prosecutor', recordsRole: true },
      { learnerKey: 'l-2', status: 'passed', score: 90, date: '2024-05-07', roleId: 'survivor', recordsRole: true },
    ]);
  });

  it.each([
    ['L-1,Ann,completed,,2024-02-30,', 'g.csv: row 3: date "2024-02-30" is not a date written YYYY-MM-DD'],
    ['L-1,Ann,completed,,05/06/2024,', 'g.csv: row 3: date "05/06/2024" is not a date written YYYY-MM-DD'],
    ['L-1,Ann,done,,2024-05-06,', 'g.csv: row 3: status "done" is not one of not attempted, incomplete, failed, completed, passed'],
    ['L-1,Ann,passed,101,2024-05-06,', 'g.csv: row 3: score "101" is not a number from 0 to 100'],
    ['L-1,Ann,passed,,2024-05-06,sheriff', 'g.csv: row 3: role "sheriff" is not a role id or code in course/roles.yaml'],
    [',Ann,passed,,2024-05-06,', 'g.csv: row 3: learner_id is empty'],
    ['L-1,Ng, Ivy,passed,,2024-05-06,', 'g.csv: row 3: has 7 fields but the header has 6 (a comma in an unquoted value?)'],
  ])('refuses the row %s', (badRow, message) => {
    const text = `${GENERIC_HEADER}\nL-0,Zed,passed,,2024-05-01,\n${badRow}\n`;
    expect(() => readExport('g.csv', text, course)).toThrow(message);
  });
});

describe('Moodle reports', () => {
  it('key learners by the identity column, read "Last accessed on" as the date and skip users with no attempt', () => {
    const text = tsv([
      MOODLE_HEADER,
      attempt('Ana Alvarez', 'Ana.Alvarez@Example.org', 'Thursday, 4 January 2024, 9:58 AM', 'Completed'),
      ['Eve Evans', 'eve@example.org', '-', '-', '-', '-', 'Not attempted'],
      attempt('Tom O\'Hara', 'tom&amp;co@example.org', '5 January 2024, 10:00 AM', 'Browsed'),
    ]);
    expect(rowsOf('b.txt', text)).toEqual([
      { learnerKey: 'ana.alvarez@example.org', status: 'completed', score: null, date: '2024-01-04', roleId: null, recordsRole: false },
      { learnerKey: 'tom&co@example.org', status: 'incomplete', score: null, date: '2024-01-05', roleId: null, recordsRole: false },
    ]);
  });

  it('fall back to the name as the learner key when the site shows no identity column', () => {
    const text = tsv([
      ['Name', 'Attempt', 'Started on', 'Last accessed on', 'Score', 'The course'],
      ['Ana Alvarez', '1', '2024-01-04', '2024-01-04', '0', 'Incomplete'],
    ]);
    expect(rowsOf('b.txt', text)[0]?.learnerKey).toBe('ana alvarez');
  });

  it('tell passed from failed by the mastery score where Moodle shows a score instead of the status', () => {
    const text = tsv([
      MOODLE_HEADER,
      attempt('A', 'a@x.org', '2024-01-04', '80/100'),
      attempt('B', 'b@x.org', '2024-01-04', '15.8/20'),
      attempt('C', 'c@x.org', '2024-01-04', '95'),
    ]);
    expect(rowsOf('b.txt', text).map(({ status, score }) => [status, score])).toEqual([['passed', 80], ['failed', 79], ['passed', 95]]);
  });

  it('count a hidden status as started, with a warning, when the course has no mastery score', () => {
    const text = tsv([MOODLE_HEADER, attempt('A', 'a@x.org', '2024-01-04', '92/100')]);
    const parsed = readExport('b.txt', text, { ...course, masteryScore: null });
    expect(parsed.rows.map(({ status, score }) => [status, score])).toEqual([['incomplete', 92]]);
    expect(parsed.warnings).toEqual([
      'b.txt: 1 SCO cell(s) show a score instead of a status and course/course.yaml sets no masteryScore to tell ' +
        'passed from failed; those attempts count as started, not completed',
    ]);
  });

  it('find the intake answer by its interaction id, as a SCORM 1.2 code or a SCORM 2004 id', () => {
    const text = tsv([
      INTERACTIONS_HEADER,
      attempt('A', 'a@x.org', '2024-01-04', 'Completed', 'intake.role', 'f', 'final.q1', 'b'),
      attempt('B', 'b@x.org', '2024-01-04', 'Completed', 'final.q1', 'c', 'intake.role', 'prefer-not-to-say'),
      attempt('C', 'c@x.org', '2024-01-04', 'Completed', 'final.q1', 'a', '', ''),
      attempt('D', 'd@x.org', '2024-01-04', 'Completed', 'intake.role', '', '', ''),
    ]);
    expect(rowsOf('i.txt', text).map(({ roleId, recordsRole }) => [roleId, recordsRole])).toEqual([
      ['law-enforcement', true],
      ['prefer-not-to-say', true],
      [null, true],
      [null, true],
    ]);
  });

  it.each([
    [attempt('A', 'a@x.org', '31/01/2024 10:00', 'Completed', 'intake.role', 'f', '', ''), 'i.txt: row 2: "Last accessed on" holds "31/01/2024 10:00", which is not a date'],
    [attempt('A', 'a@x.org', '2024-01-31', 'Done', 'intake.role', 'f', '', ''), 'i.txt: row 2: SCO column holds "Done", which is neither a score nor a status Moodle prints'],
    [attempt('A', 'a@x.org', '2024-01-31', 'Completed', 'intake.role', 'z', '', ''), 'i.txt: row 2: the intake.role response "z" is not a role id or code in course/roles.yaml'],
  ])('refuse a bad row, naming file and row', (row, message) => {
    expect(() => readExport('i.txt', tsv([INTERACTIONS_HEADER, row]), course)).toThrow(message);
  });
});
