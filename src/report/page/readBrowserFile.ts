// The page's side of reading: a File the user dropped or picked, into the report core. Text is streamed by
// papaparse in chunks straight from the File; workbooks and statement files are read whole.
import type { CourseFacts } from '../core/course';
import { kindOfFile, readDelimited, readSpreadsheet, readXapi, type ReadOutcome } from '../core/read';
import type { LearnerStore } from '../core/store';
import type { TableOptions } from '../core/tables/open';

export async function readBrowserFile(
  file: File,
  store: LearnerStore,
  course: CourseFacts,
  options: TableOptions,
  onProgress: (share: number) => void,
): Promise<ReadOutcome> {
  const kind = kindOfFile(new Uint8Array(await file.slice(0, 64).arrayBuffer()));
  if (kind === 'spreadsheet') return readSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer()), store, course, options);
  if (kind === 'xapi') return readXapi(file.name, await file.text(), store, course);
  return readDelimited(file.name, file, store, course, options, (bytes) => onProgress(file.size > 0 ? bytes / file.size : 1));
}
