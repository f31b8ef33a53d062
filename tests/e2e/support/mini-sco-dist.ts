// A dist directory holding the mini SCO (tests/fixtures/mini-sco) zipped for each SCORM package, the
// way `npm run package` lays out the course's zips, so the preview can be tested on its own.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { apiVersionOf, SCORM_PACKAGES } from '../../../preview/shared/lms-types';

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/mini-sco/', import.meta.url));
const CONTENT_FILES = ['index.html', 'sco.js'];

export interface MiniScoDist {
  distDir: string;
  remove(): Promise<void>;
}

export async function buildMiniScoDist(): Promise<MiniScoDist> {
  const distDir = await mkdtemp(join(tmpdir(), 'mini-sco-dist-'));
  for (const version of SCORM_PACKAGES) {
    const files: Record<string, Uint8Array> = {
      'imsmanifest.xml': await readFile(join(FIXTURE_DIR, `imsmanifest-scorm${apiVersionOf(version)}.xml`)),
    };
    for (const name of CONTENT_FILES) files[name] = await readFile(join(FIXTURE_DIR, name));
    await writeFile(join(distDir, `mini-sco-1.0.0-scorm${version}.zip`), zipSync(files));
  }
  // The LRS pages need their zips too; the mini SCO does not speak xAPI, so only the descriptors matter.
  const encode = (text: string) => new TextEncoder().encode(text);
  const content: Record<string, Uint8Array> = {};
  for (const name of CONTENT_FILES) content[name] = await readFile(join(FIXTURE_DIR, name));
  const au = 'urn:mini-sco:au';
  const descriptors = {
    cmi5: { 'cmi5.xml': `<courseStructure><au id="${au}" moveOn="Completed"><url>index.html</url></au></courseStructure>` },
    xapi: { 'tincan.xml': `<tincan><activities><activity id="${au}"><launch>index.html</launch></activity></activities></tincan>` },
  };
  for (const [profile, files] of Object.entries(descriptors)) {
    const zipped = { ...content, ...Object.fromEntries(Object.entries(files).map(([name, text]) => [name, encode(text)])) };
    await writeFile(join(distDir, `mini-sco-1.0.0-${profile}.zip`), zipSync(zipped));
  }
  return { distDir, remove: () => rm(distDir, { recursive: true, force: true }) };
}
