// The CLI's side of reading: files from disk into the report core. Delimited text is streamed from the disk, so a
// large export is never held whole; workbooks and statement files are read whole, as their formats need.
import { createReadStream, openSync, readSync, closeSync, readFileSync } from 'node:fs';
import type { CourseFacts } from '../../src/report/core/course';
import { kindOfFile, readDelimited, readSpreadsheet, readXapi, type ReadOutcome } from '../../src/report/core/read';
import type { LearnerStore } from '../../src/report/core/store';
import type { TableOptions } from '../../src/report/core/tables/open';

function firstBytes(path: string): Uint8Array {
  const descriptor = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(64);
    const length = readSync(descriptor, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length);
  } finally {
    closeSync(descriptor);
  }
}

/** Reads one file into the store; `name` is how messages call it. Throws only when the file cannot be opened. */
export async function readFileInto(
  path: string,
  name: string,
  store: LearnerStore,
  course: CourseFacts,
  options: TableOptions = {},
): Promise<ReadOutcome> {
  const kind = kindOfFile(firstBytes(path));
  if (kind === 'spreadsheet') return readSpreadsheet(name, new Uint8Array(readFileSync(path)), store, course, options);
  if (kind === 'xapi') return readXapi(name, readFileSync(path, 'utf8'), store, course);
  return readDelimited(name, createReadStream(path, { encoding: 'utf8' }), store, course, options);
}
