import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { startupFiles, TEST_ONLY_MARKERS, testOnlyPackagesIn } from './sizes';

const dir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('startupFiles', () => {
  it('lists the scripts and stylesheets index.html loads, with their raw and gzip sizes', () => {
    mkdirSync(join(dir, 'assets'));
    const js = 'console.log("course");'.repeat(50);
    writeFileSync(join(dir, 'assets', 'app.js'), js);
    writeFileSync(join(dir, 'assets', 'app.css'), 'body{margin:0}');
    writeFileSync(
      join(dir, 'index.html'),
      '<head><meta charset="utf-8"><script defer src="./assets/app.js"></script><link rel="stylesheet" href="./assets/app.css"><link rel="icon" href="x.png"></head>',
    );
    expect(startupFiles(dir)).toEqual([
      { path: 'assets/app.js', kind: 'js', raw: js.length, gzip: gzipSync(js).byteLength },
      { path: 'assets/app.css', kind: 'css', raw: 14, gzip: gzipSync('body{margin:0}').byteLength },
    ]);
  });
});

/** A minified IIFE of `source`, as the course build makes it. */
async function bundle(source: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? '\0entry' : undefined), load: (id) => (id === '\0entry' ? source : undefined) },
    ],
    build: { write: false, rolldownOptions: { input: 'entry', output: { format: 'iife' } } },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return results
    .flatMap((result) => result.output)
    .map((item) => (item.type === 'chunk' ? item.code : ''))
    .join('\n');
}

describe('the test-only package check', () => {
  // The markers must survive minification and tree-shaking, or the check would pass with the package bundled.
  it.each([
    ['scorm-again', "import { Scorm12API } from 'scorm-again/scorm12'; window.api = new Scorm12API({});"],
    ['zod', "import { z } from 'zod'; window.schema = z.object({ id: z.string() });"],
  ])(
    'finds %s in a minified bundle that uses it',
    async (name, source) => {
      expect(testOnlyPackagesIn(await bundle(source))).toEqual([name]);
    },
    60_000,
  );

  it('finds nothing in a bundle without them', () => {
    expect(testOnlyPackagesIn('(function(){var e=document.getElementById("root")})();')).toEqual([]);
    expect(Object.keys(TEST_ONLY_MARKERS)).toEqual(['scorm-again', 'zod']);
  });
});
