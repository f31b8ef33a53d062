import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorm12Manifest } from './scorm12';
import { PRIMARY_OBJECTIVE_ID, scorm2004Manifest } from './scorm2004';
import type { ManifestInput } from './types';
import { schemaDirectory, validateManifest, type ScormVersion } from './validate';

const courseInput: ManifestInput = {
  courseId: 'dow-m5-collaboration',
  version: '1.0.0',
  title: 'Service Provider & Law Enforcement Collaboration',
  description: 'Module 5 of "Do It Well": working together <safely> & respectfully.',
  language: 'en-US',
  estimatedMinutes: 45,
  masteryScore: 80,
  objectives: [
    { id: 'obj-roles', title: 'Describe each partner’s role' },
    { id: 'obj-referrals', title: 'Make a warm referral' },
    { id: 'obj-confidentiality', title: 'Protect survivor confidentiality' },
  ],
  launch: 'index.html',
  files: [
    'assets/app.js',
    'assets/app.css',
    'assets/fonts/inter.woff2',
    'assets/images/partners.svg',
    'content/module5.json',
    'index.html',
  ],
};

const generators: { version: ScormVersion; generate: (input: ManifestInput) => string }[] = [
  { version: 'scorm12', generate: scorm12Manifest },
  { version: 'scorm2004', generate: (input) => scorm2004Manifest(input) },
  { version: 'scorm2004_3rd', generate: (input) => scorm2004Manifest(input, '3rd') },
];

/** Evaluates a string-valued XPath with a real XML parser, so assertions see decoded text, not escapes. */
function xpathString(xml: string, expression: string): string {
  const result = spawnSync('xmllint', ['--nonet', '--xpath', `string(${expression})`, '-'], {
    input: xml,
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.replace(/\n$/, '');
}

function fileHrefs(xml: string): string[] {
  return [...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((match) => match[1] ?? '');
}

function sampleFiles(folder: string): string[] {
  const directory = join(schemaDirectory(), 'samples', folder);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.xml'))
    .map((name) => join(directory, name));
}

describe('generated manifests pass the official XSDs and the Schematron rules', () => {
  it.each(generators.flatMap(({ version, generate }) => [80, undefined].map((masteryScore) => ({ version, generate, masteryScore }))))(
    '$version with masteryScore $masteryScore',
    ({ version, generate, masteryScore }) => {
      const result = validateManifest(generate({ ...courseInput, masteryScore }), version);
      expect(result.messages).not.toMatch(/fails to validate|error/i);
      expect(result).toMatchObject({ ok: true, exitCode: 0 });
    },
  );

  it.each(generators)('$version percent-encodes file names that are not URL-safe', ({ version, generate }) => {
    const xml = generate({ ...courseInput, files: [...courseInput.files, 'assets/Intro video #1.mp4'].sort() });
    expect(fileHrefs(xml)).toContain('assets/Intro%20video%20%231.mp4');
    expect(validateManifest(xml, version).exitCode).toBe(0);
  });
});

describe('validateManifest', () => {
  const goodSamples = [
    ...sampleFiles('scorm12'),
    ...sampleFiles('scorm2004_4th'),
    ...sampleFiles('scorm2004_3rd'),
    ...sampleFiles('extra').filter((path) => !path.includes('BROKEN')),
  ];

  it.each(goodSamples)('accepts the good sample %s', (path) => {
    const version: ScormVersion = path.includes('scorm12') ? 'scorm12' : path.includes('scorm2004_3rd') ? 'scorm2004_3rd' : 'scorm2004';
    expect(validateManifest(readFileSync(path, 'utf8'), version)).toMatchObject({ ok: true, exitCode: 0 });
  });

  const brokenSamples = [...sampleFiles('broken'), ...sampleFiles('extra').filter((path) => path.includes('BROKEN'))];

  it('finds the broken samples (an empty list would prove nothing)', () => {
    expect(brokenSamples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(brokenSamples)('rejects the broken sample %s', (path) => {
    const name = path.split('/').pop() ?? '';
    const version: ScormVersion = name.startsWith('12_')
      ? 'scorm12'
      : name.startsWith('03_') || name.startsWith('scorm2004_3rd')
        ? 'scorm2004_3rd'
        : 'scorm2004';
    const result = validateManifest(readFileSync(path, 'utf8'), version);
    expect(result.ok).toBe(false);
    // 1 = not well-formed, 3 = invalid; 5 would mean the schema itself failed to load, which proves nothing.
    expect([1, 3]).toContain(result.exitCode);
    expect(result.messages).not.toBe('');
  });

  it('drops the known harmless schema-loading noise', () => {
    for (const { version, generate } of generators) {
      const { messages } = validateManifest(generate(courseInput), version);
      expect(messages).not.toMatch(/namespace error|Skipping import/);
      expect(messages).toContain('imsmanifest.xml validates');
    }
  });
});

describe.each(generators)('$version manifest content', ({ generate }) => {
  const xml = generate(courseInput);

  it('lists every package file exactly once, in input order', () => {
    expect(fileHrefs(xml)).toEqual(courseInput.files);
  });

  it('launches the SCO from the launch file', () => {
    expect(xpathString(xml, "//*[local-name()='resource']/@href")).toBe('index.html');
  });

  it('gives the manifest a versioned identifier and keeps the item identifiers stable across versions', () => {
    const identifiers = [...xml.matchAll(/ identifier="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(identifiers).toHaveLength(4);
    expect(identifiers[0]).toBe('dow-m5-collaboration-1.0.0');
    for (const identifier of identifiers.slice(1)) expect(identifier).toMatch(/^dow-m5-collaboration-(org|item|sco)$/);
    expect(new Set(identifiers).size).toBe(identifiers.length);
  });

  it('contains no absolute paths or backslashes', () => {
    expect(xml).not.toContain('\\');
    expect(xml).not.toMatch(/href="(\/|[A-Za-z]:)/);
  });

  it('escapes the title so it parses back unchanged', () => {
    const title = `Partners & "Allies" <Together> it's`;
    const parsed = xpathString(generate({ ...courseInput, title }), "//*[local-name()='item']/*[local-name()='title']");
    expect(parsed).toBe(title);
  });

  it.each<[string, Partial<ManifestInput>]>([
    ['an absolute path', { files: ['/index.html'], launch: '/index.html' }],
    ['a backslash path', { files: ['assets\\app.js', 'index.html'] }],
    ['a path leaving the package', { files: ['../secret.txt', 'index.html'] }],
    ['a duplicate file', { files: ['index.html', 'index.html'] }],
    ['a launch file missing from the files', { launch: 'start.html' }],
    ['a fractional mastery score', { masteryScore: 80.5 }],
    ['a mastery score above 100', { masteryScore: 120 }],
    ['a course id starting with a digit', { courseId: '5-collaboration' }],
    [
      'duplicate objective ids',
      {
        objectives: [
          { id: 'a', title: 'A' },
          { id: 'a', title: 'B' },
        ],
      },
    ],
  ])('refuses %s', (_label, override) => {
    expect(() => generate({ ...courseInput, ...override })).toThrow();
  });
});

describe('scorm12Manifest', () => {
  it('sets adlcp:masteryscore only when a mastery score is given', () => {
    expect(xpathString(scorm12Manifest(courseInput), "//*[local-name()='masteryscore']")).toBe('80');
    expect(scorm12Manifest({ ...courseInput, masteryScore: undefined })).not.toContain('masteryscore');
  });

  it('gives the course’s typical learning time in its metadata', () => {
    expect(xpathString(scorm12Manifest(courseInput), "//*[local-name()='typicallearningtime']/*[local-name()='datetime']")).toBe('PT45M');
  });

  it('uses the 1.2 schema version and attribute spelling', () => {
    const xml = scorm12Manifest(courseInput);
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('adlcp:scormtype="sco"');
  });
});

describe('scorm2004Manifest', () => {
  const primaryObjective = "//*[local-name()='primaryObjective']";

  it('satisfies the primary objective by the mastery score as a normalized measure', () => {
    const xml = scorm2004Manifest(courseInput);
    expect(xpathString(xml, `${primaryObjective}/@objectiveID`)).toBe(PRIMARY_OBJECTIVE_ID);
    expect(xpathString(xml, `${primaryObjective}/@satisfiedByMeasure`)).toBe('true');
    expect(xpathString(xml, `${primaryObjective}/*[local-name()='minNormalizedMeasure']`)).toBe('0.8');
  });

  it('leaves satisfaction to the content when there is no mastery score', () => {
    const xml = scorm2004Manifest({ ...courseInput, masteryScore: undefined });
    expect(xpathString(xml, `count(${primaryObjective})`)).toBe('1');
    expect(xml).not.toContain('satisfiedByMeasure');
    expect(xml).not.toContain('minNormalizedMeasure');
  });

  it('declares one objective per learning objective, by id', () => {
    const xml = scorm2004Manifest(courseInput);
    const ids = [...xml.matchAll(/<imsss:objective objectiveID="([^"]*)"/g)].map((match) => match[1]);
    expect(ids).toEqual(courseInput.objectives.map((objective) => objective.id));
  });

  it('lets the content set completion and objective status', () => {
    const controls = "//*[local-name()='deliveryControls']";
    const xml = scorm2004Manifest(courseInput);
    expect(xpathString(xml, `${controls}/@completionSetByContent`)).toBe('true');
    expect(xpathString(xml, `${controls}/@objectiveSetByContent`)).toBe('true');
  });

  it('uses the 2004 4th Edition schema version and attribute spelling', () => {
    const xml = scorm2004Manifest(courseInput);
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco"');
    expect(xml).not.toContain('adlcp:scormtype');
  });

  it('refuses a learning objective that reuses the primary objective id', () => {
    const objectives = [{ id: PRIMARY_OBJECTIVE_ID, title: 'Clash' }];
    expect(() => scorm2004Manifest({ ...courseInput, objectives })).toThrow(/reserved/);
  });

  it('declares 2004 3rd Edition when asked, which the 4th Edition rules refuse', () => {
    const xml = scorm2004Manifest(courseInput, '3rd');
    expect(xml).toContain('<schemaversion>2004 3rd Edition</schemaversion>');
    expect(validateManifest(xml, 'scorm2004_3rd').ok).toBe(true);
    expect(validateManifest(xml, 'scorm2004').ok).toBe(false);
  });
});
