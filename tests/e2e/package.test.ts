// The zips an LMS administrator uploads: manifest at the root, valid against the official schemas, every file
// it lists present and every file present listed, relative paths only, one script and one stylesheet; each
// build's page has a Content-Security-Policy that allows only the package's own files and no inline or evaluated
// script (full-run.test.ts proves in Chromium that a full run breaks none of it); and dist/index.html links it all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateCourseStructure, validateManifest } from '../../manifest/validate';
import { repoRoot } from '../support/fixtures';
import { course } from './support/learner';

const dist = resolve(repoRoot, 'dist');

const schemaVersion = { scorm12: 'scorm12', scorm2004: 'scorm2004', 'scorm2004-3rd': 'scorm2004_3rd' } as const;

describe.each(['scorm12', 'scorm2004', 'scorm2004-3rd'] as const)('the %s zip', (version) => {
  const name = `${course.id}-${course.version}-${version}.zip`;
  const files = unzipSync(readFileSync(resolve(dist, name)));
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);

  it('is named after the course and version, with imsmanifest.xml at its root', () => {
    expect(readdirSync(dist)).toContain(name);
    expect(Object.keys(files)).toContain('imsmanifest.xml');
  });

  it('has a manifest that the official schemas and rules accept', () => {
    const result = validateManifest(manifest, schemaVersion[version]);
    expect(result.messages).not.toMatch(/fails to validate/);
    expect(result.exitCode).toBe(0);
  });

  it('lists exactly the files it contains, by relative paths', () => {
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)).sort();
    const present = Object.keys(files)
      .filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('/'))
      .sort();
    expect(listed).toEqual(present);
    for (const file of present) expect(file).not.toMatch(/^\/|\\|^[a-z]+:/i);
  });

  it('launches one classic script and one stylesheet, with no absolute URL', () => {
    const html = new TextDecoder().decode(files['index.html']);
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('crossorigin');
    expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(['./assets/app.js']);
    expect([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])).toEqual(['./assets/app.css']);
    expect(html).toContain(`<meta name="course-tracking" content="${version}"`);
    expect(Object.keys(files).filter((f) => f.endsWith('.js'))).toEqual(['assets/app.js']);
  });

  it('carries the course title and mastery score', () => {
    expect(manifest).toContain(`<title>${course.title}</title>`);
    if (version === 'scorm12') expect(manifest).toContain(`<adlcp:masteryscore>${course.masteryScore}</adlcp:masteryscore>`);
    else expect(manifest).toMatch(new RegExp(`<imsss:minNormalizedMeasure>${course.masteryScore! / 100}</imsss:minNormalizedMeasure>`));
  });
});

describe.each([
  { variant: 'cmi5', descriptor: 'cmi5.xml' },
  { variant: 'xapi', descriptor: 'tincan.xml' },
] as const)('the $variant zip', ({ variant, descriptor }) => {
  const name = `${course.id}-${course.version}-${variant}.zip`;
  const files = unzipSync(readFileSync(resolve(dist, name)));
  const xml = new TextDecoder().decode(files[descriptor]);
  const html = new TextDecoder().decode(files['index.html']);

  it(`is named after the course and version, with ${descriptor} and index.html at its root and nothing of SCORM`, () => {
    expect(readdirSync(dist)).toContain(name);
    expect(Object.keys(files)).toEqual(expect.arrayContaining([descriptor, 'index.html', 'assets/app.js', 'assets/app.css']));
    expect(Object.keys(files)).not.toContain('imsmanifest.xml');
    for (const file of Object.keys(files)) expect(file).not.toMatch(/^\/|\\|^[a-z]+:/i);
  });

  it('launches index.html, the one classic script and stylesheet, tagged for its tracking and allowed to reach an LRS', () => {
    expect(xml).toMatch(variant === 'cmi5' ? /<url>index\.html<\/url>/ : /<launch lang="en-US">index\.html<\/launch>/);
    expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(['./assets/app.js']);
    expect(html).toContain(`<meta name="course-tracking" content="${variant}"`);
    expect(html).toContain('connect-src http: https:');
    expect(Object.keys(files).filter((f) => f.endsWith('.js'))).toEqual(['assets/app.js']);
  });

  it('describes the course with the IRI, moveOn and mastery score of course.yaml', () => {
    const au = `${course.activityId}:au`;
    if (variant === 'cmi5') {
      const result = validateCourseStructure(xml);
      expect(result.messages).toContain('validates');
      expect(result.ok).toBe(true);
      expect(xml).toContain(`<au id="${au}" moveOn="${course.moveOn}" masteryScore="${course.masteryScore! / 100}"`);
    } else {
      expect(xml).toContain(`<activity id="${au}" type="http://adlnet.gov/expapi/activities/course">`);
    }
  });
});

it('only the cmi5 and xAPI packages carry the xAPI player: the SCORM startup script is smaller', () => {
  const script = (variant: string) =>
    unzipSync(readFileSync(resolve(dist, `${course.id}-${course.version}-${variant}.zip`)))['assets/app.js']!;
  const marker = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  expect(new TextDecoder().decode(script('cmi5'))).toContain(marker);
  for (const variant of ['scorm12', 'scorm2004', 'scorm2004-3rd']) expect(new TextDecoder().decode(script(variant))).not.toContain(marker);
});

/** The policy in a page's meta tag, as directive → sources. */
function metaPolicy(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) throw new Error('The page has no Content-Security-Policy meta tag');
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe.each(['scorm12', 'scorm2004', 'web'])('dist/%s/index.html', (variant) => {
  const html = readFileSync(resolve(repoRoot, 'dist', variant, 'index.html'), 'utf8');

  it("has a Content-Security-Policy of default-src 'self' that allows no inline script and no eval", () => {
    const policy = metaPolicy(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    const scriptSources = policy.get('script-src') ?? policy.get('default-src')!;
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", 'data:', 'blob:', '*']) {
      expect(scriptSources).not.toContain(unsafe);
    }
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('has no inline script and no inline event handler', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe('dist/index.html', () => {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const links = [...html.matchAll(/<a href="\.\/([^"]*)"/g)].map((m) => m[1]!);

  it('links every zip, the web build, the report page and the release folder, and every link leads somewhere', () => {
    const zips = readdirSync(dist).filter((name) => name.endsWith('.zip'));
    expect(zips.length).toBeGreaterThan(0);
    expect(links).toEqual(
      expect.arrayContaining([...zips, 'web/index.html', 'report/index.html', 'release/', 'release/coordinator-guide.html']),
    );
    for (const link of links) expect(existsSync(resolve(dist, link)), link).toBe(true);
  });

  it('says in one line what the release folder holds', () => {
    const line = html.split('\n').find((text) => text.includes('href="./release/"'));
    expect(line).toMatch(/the package zips, the report page, the coordinator guide as one printable page .*CHANGELOG\.md and SHA256SUMS/);
  });
});
