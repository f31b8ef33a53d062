// SHA256SUMS in the format of coreutils' sha256sum ("<hex>  <path>", paths relative to the folder, "/" between
// folders), so `sha256sum -c SHA256SUMS` in the folder checks every file, and Windows users can compare the
// values that `certutil -hashfile <file> SHA256` or PowerShell's Get-FileHash print.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../files';

export const CHECKSUMS_FILE = 'SHA256SUMS';

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The SHA256SUMS text for every file in dir except SHA256SUMS itself. */
export function checksumsOf(dir: string): string {
  return filesUnder(dir)
    .filter((name) => name !== CHECKSUMS_FILE)
    .map((name) => `${sha256Of(join(dir, name))}  ${name}\n`)
    .join('');
}
