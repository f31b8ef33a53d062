// cmi5.xml against the cmi5 CourseStructure.xsd, tincan.xml against the Rustici convention, both read back with a
// real XML parser.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cmi5CourseStructure } from './cmi5';
import type { LrsPackageInput } from './lrs-package-input';
import { tincanXml } from './tincan';
import { validateCourseStructure } from './validate';

const input: LrsPackageInput = {
  activityId: 'urn:do-it-well:dow-m5-collaboration',
  title: 'Partners & "Allies" <Together>',
  description: 'Working together.',
  language: 'en-US',
  masteryScore: 80,
  moveOn: 'CompletedAndPassed',
  launch: 'index.html',
  objectives: [
    { id: 'obj-a', title: 'Objective A' },
    { id: 'obj-b', title: 'Objective B' },
  ],
};

function xpath(xml: string, expression: string): string {
  const result = spawnSync('xmllint', ['--nonet', '--xpath', `string(${expression})`, '-'], { input: xml, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.replace(/\n$/, '');
}

const au = "//*[local-name()='au']";

describe('cmi5.xml', () => {
  it('validates against CourseStructure.xsd', () => {
    const result = validateCourseStructure(cmi5CourseStructure(input));
    expect(result.messages).toContain('cmi5.xml validates');
    expect(result.ok).toBe(true);
  });

  it('has one AU, launched from the package-relative index.html, with moveOn and the mastery score as a fraction', () => {
    const xml = cmi5CourseStructure(input);
    expect(xpath(xml, `count(${au})`)).toBe('1');
    expect(xpath(xml, `${au}/@id`)).toBe('urn:do-it-well:dow-m5-collaboration:au');
    expect(xpath(xml, `${au}/*[local-name()='url']`)).toBe('index.html');
    expect(xpath(xml, `${au}/@moveOn`)).toBe('CompletedAndPassed');
    expect(xpath(xml, `${au}/@masteryScore`)).toBe('0.8');
    expect(xpath(xml, `${au}/*[local-name()='title']/*`)).toBe(input.title);
    expect(xpath(xml, "//*[local-name()='course']/@id")).toBe(input.activityId);
  });

  it('references every course objective from the AU', () => {
    const xml = cmi5CourseStructure(input);
    expect(xpath(xml, `count(${au}//*[local-name()='objective'])`)).toBe('2');
    expect(xpath(xml, `${au}//*[local-name()='objective'][2]/@idref`)).toBe('urn:do-it-well:dow-m5-collaboration:objectives:obj-b');
  });

  it('uses "/" below an http activity id and omits masteryScore for a completion-only course', () => {
    const xml = cmi5CourseStructure({
      ...input,
      activityId: 'https://example.org/courses/m5',
      masteryScore: undefined,
      moveOn: 'Completed',
    });
    expect(xpath(xml, `${au}/@id`)).toBe('https://example.org/courses/m5/au');
    expect(xml).not.toContain('masteryScore');
    expect(validateCourseStructure(xml).ok).toBe(true);
  });

  it('refuses a moveOn that waits for a pass the course cannot give, and a bad mastery score', () => {
    expect(() => cmi5CourseStructure({ ...input, masteryScore: undefined })).toThrow(/needs a mastery score/);
    expect(() => cmi5CourseStructure({ ...input, masteryScore: 120 })).toThrow(/whole percent/);
  });

  it('the validator rejects what the schema forbids (an empty list of failures would prove nothing)', () => {
    const broken = cmi5CourseStructure(input).replace('moveOn="CompletedAndPassed"', 'moveOn="Finished"');
    const result = validateCourseStructure(broken);
    expect(result.ok).toBe(false);
    expect(result.exitCode).toBe(3);
  });

  it("accepts the specification's own examples", () => {
    const folder = resolve(dirname(fileURLToPath(import.meta.url)), 'schemas/cmi5/examples');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('-cmi5.xml') && !file.startsWith('extended'))) {
      expect(validateCourseStructure(readFileSync(join(folder, name), 'utf8')).ok, name).toBe(true);
    }
  });
});

describe('tincan.xml', () => {
  const activity = "/*[local-name()='tincan']/*[local-name()='activities']/*[local-name()='activity']";

  it('names one course activity, with the AU id cmi5 uses, and its launch file', () => {
    const xml = tincanXml(input);
    expect(xpath(xml, `count(${activity})`)).toBe('1');
    expect(xpath(xml, `${activity}/@id`)).toBe('urn:do-it-well:dow-m5-collaboration:au');
    expect(xpath(xml, `${activity}/@type`)).toBe('http://adlnet.gov/expapi/activities/course');
    expect(xpath(xml, `${activity}/*[local-name()='launch']`)).toBe('index.html');
    expect(xpath(xml, `${activity}/*[local-name()='name']`)).toBe(input.title);
    expect(xpath(xml, 'namespace-uri(/*)')).toBe('http://projecttincan.com/tincan.xsd');
  });
});
