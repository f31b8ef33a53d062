import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under dir, as sorted relative paths with "/" between folders, as zips and checksum lists name them. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}
