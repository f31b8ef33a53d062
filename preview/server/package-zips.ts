// The course packages the preview serves: the newest zip of each kind (*-scorm12.zip, *-scorm2004.zip,
// *-scorm2004-3rd.zip, *-cmi5.zip, *-xapi.zip) in the dist directory, unzipped in memory. Re-read when a newer zip appears, so a rebuild shows on the next reload.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';

export interface CoursePackage {
  zipPath: string;
  files: ReadonlyMap<string, Uint8Array>;
}

export interface PackageSource {
  /** The package as of the newest zip now in the directory. */
  current(): CoursePackage;
}

/** Files a package must have at its root for the preview to launch it. */
export const LAUNCH_FILE = 'index.html';

/** A kind of package: the end of its zip's name and the descriptor at its root (imsmanifest.xml, cmi5.xml…). */
export interface PackageKind {
  suffix: string;
  descriptor: string;
}

export function createPackageSource(distDir: string, kind: PackageKind): PackageSource {
  let loaded: { pkg: CoursePackage; modifiedMs: number } | undefined;
  return {
    current() {
      const zipPath = findNewestZip(distDir, kind.suffix);
      const modifiedMs = statSync(zipPath).mtimeMs;
      if (!loaded || loaded.pkg.zipPath !== zipPath || loaded.modifiedMs !== modifiedMs) {
        loaded = { pkg: readPackageZip(zipPath, kind.descriptor), modifiedMs };
      }
      return loaded.pkg;
    },
  };
}

function findNewestZip(distDir: string, suffix: string): string {
  const directory = resolve(distDir);
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith(suffix));
  } catch {
    names = [];
  }
  const newest = names
    .map((name) => join(directory, name))
    .map((path) => ({ path, modifiedMs: statSync(path).mtimeMs }))
    .sort((a, b) => b.modifiedMs - a.modifiedMs)[0];
  if (!newest) {
    throw new Error(`No *${suffix} in ${directory}: run npm run package first.`);
  }
  return newest.path;
}

function readPackageZip(zipPath: string, descriptor: string): CoursePackage {
  const entries = unzipSync(readFileSync(zipPath));
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    if (!name.endsWith('/')) files.set(name, data);
  }
  for (const required of [descriptor, LAUNCH_FILE]) {
    if (!files.has(required)) throw new Error(`${zipPath} has no ${required} at its root: it cannot be launched.`);
  }
  return { zipPath, files };
}
