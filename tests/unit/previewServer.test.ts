// The preview LMS's web server, by HTTP alone (no browser): what it serves, where it listens, and how it refuses
// to start without packages. Its pages in Chromium are tested in tests/e2e/preview.test.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../preview/server/start-preview-server';
import { buildMiniScoDist, type MiniScoDist } from '../e2e/support/mini-sco-dist';

let dist: MiniScoDist;
let preview: PreviewServer;

beforeAll(async () => {
  dist = await buildMiniScoDist();
  preview = await startPreviewServer({ port: 0, distDir: dist.distDir });
});

afterAll(async () => {
  await preview?.close();
  await dist?.remove();
});

describe('preview server', () => {
  it('serves package files with their content types, and 404 for files not in the zip', async () => {
    const html = await fetch(new URL('packages/scorm12/index.html', preview.url));
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    const script = await fetch(new URL('packages/scorm2004/sco.js', preview.url));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(new URL('packages/scorm12/missing.js', preview.url))).status).toBe(404);
    expect((await fetch(new URL('packages/scorm12/..%2f..%2fpackage.json', preview.url))).status).toBe(404);
  });

  it('lists both zips on the chooser page and binds to 127.0.0.1', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const chooser = await (await fetch(preview.url)).text();
    expect(chooser).toContain('mini-sco-1.0.0-scorm12.zip');
    expect(chooser).toContain('mini-sco-1.0.0-scorm2004.zip');
  });

  it('refuses to start without zips, saying how to make them', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'empty-dist-'));
    try {
      await expect(startPreviewServer({ port: 0, distDir: empty })).rejects.toThrow(/run npm run package first/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
