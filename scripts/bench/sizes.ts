// What a learner's browser downloads: the zips an LMS unpacks, and the JS and CSS the course's index.html loads
// before anything shows. Gzip is zlib's default level, what a web server applies on the fly.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  /** As index.html names it, e.g. "assets/app.js". */
  path: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
}

/** The scripts and stylesheets index.html loads, in document order (there are no others: no code splitting). */
export function startupFiles(packageDir: string): FileSize[] {
  const html = readFileSync(join(packageDir, 'index.html'), 'utf8');
  const tags = html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g);
  return [...tags].map((tag) => {
    const script = tag[1];
    const path = (script ?? tag[2] ?? '').replace(/^\.\//, '');
    const bytes = readFileSync(join(packageDir, path));
    return { path, kind: script ? 'js' : 'css', raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
  });
}

export function fileBytes(path: string): number {
  return statSync(path).size;
}

/**
 * Strings that survive minification in each package that only the preview or the tests need, so finding one in
 * the course bundle means the package was bundled. scripts/bench/sizes.test.ts checks each still occurs in the
 * package itself, so a renamed internal cannot make this check pass silently.
 */
export const TEST_ONLY_MARKERS: Readonly<Record<string, readonly string[]>> = {
  'scorm-again': ['OfflineStorageService'],
  zod: ['$ZodType', '$ZodError'],
};

/** The test-only packages whose markers occur in the given bundle text. */
export function testOnlyPackagesIn(bundle: string): string[] {
  return Object.entries(TEST_ONLY_MARKERS)
    .filter(([, markers]) => markers.some((marker) => bundle.includes(marker)))
    .map(([name]) => name);
}
