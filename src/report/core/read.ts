// From a file's content to the store: delimited text streamed through papaparse (a browser File, a Node stream or
// a string), ODS and Excel workbooks through SheetJS, xAPI statements as JSON. The page and the CLI hand over the
// content their way; everything after that is here, so both count alike.
// The mini build reads XLSX and ODS (all Moodle offers) at about 87 KB gzip instead of the full build's 123 KB. It is
// a UMD file, so it is imported whole: Node's ESM loader sees no named exports in it.
import SheetJS from '@e965/xlsx/dist/xlsx.mini.min';
import Papa from 'papaparse';
import type { CourseFacts } from './course';
import { refusedFile, type FileReport } from './fileReport';
import type { LearnerStore } from './store';
import type { ColumnMapping } from './tables/generic';
import { openTable, type TableOptions } from './tables/open';
import type { DisciplineChoice } from './tables/profileDiscipline';
import type { TableReader } from './tables/table';
import { readXapiStatements } from './xapi';

export type FileKind = 'delimited' | 'spreadsheet' | 'xapi';

export interface ReadOutcome {
  report: FileReport;
  /** The header, for a file read with chosen (or guessed) columns, so the user can change them. */
  header: string[] | null;
  /** The columns used, or the guess to confirm when the file waits for the user's choice. */
  mapping: ColumnMapping | null;
  /** True when nothing was counted because the columns must be chosen first. */
  needsMapping: boolean;
  /** For a Moodle gradebook or completion export: the profile field read as the discipline, and the others. */
  discipline: DisciplineChoice | null;
}

/** The outcome of a file that tells nothing beyond its report (refused, or statements without columns). */
function outcomeOf(report: FileReport): ReadOutcome {
  return { report, header: null, mapping: null, needsMapping: false, discipline: null };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** What a file is, from its first bytes (a zip is an ODS or XLSX workbook) and, for text, its first character. */
export function kindOfFile(firstBytes: Uint8Array): FileKind {
  if (ZIP_MAGIC.every((byte, index) => firstBytes[index] === byte)) return 'spreadsheet';
  const text = new TextDecoder()
    .decode(firstBytes)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('[') || text.startsWith('{') ? 'xapi' : 'delimited';
}

const KIND_NAMES: Record<FileKind, string> = { delimited: 'text or CSV file', spreadsheet: 'spreadsheet', xapi: 'xAPI statements' };

/** Feeds rows to the right reader; stops reading at the header when the file cannot be counted. */
class RowFeed {
  private reader: TableReader | null = null;
  private rowNumber = 0;
  outcome: ReadOutcome | null = null;

  constructor(
    private readonly fileName: string,
    private readonly kind: FileKind,
    private readonly store: LearnerStore,
    private readonly course: CourseFacts,
    private readonly options: TableOptions,
  ) {}

  /** False once the rest of the file is of no use. */
  push(cells: string[]): boolean {
    this.rowNumber += 1;
    if (this.reader) {
      // A blank line counts as a row, as a spreadsheet numbers them, and holds nothing.
      if (!(cells.length === 1 && cells[0] === '') && cells.some((cell) => cell !== '')) this.reader.row(cells, this.rowNumber);
      return true;
    }
    if (cells.every((cell) => cell.trim() === '')) return true;
    const opened = openTable(this.fileName, cells, this.store, this.course, this.options);
    if ('refused' in opened) {
      this.outcome = outcomeOf(refusedFile(this.fileName, KIND_NAMES[this.kind], opened.refused));
      return false;
    }
    if ('needsMapping' in opened) {
      const report = refusedFile(
        this.fileName,
        KIND_NAMES[this.kind],
        'not a Moodle report: say which column holds the learner, the date and the status',
      );
      this.outcome = { report, header: opened.header, mapping: opened.guess, needsMapping: true, discipline: null };
      return false;
    }
    this.reader = opened.reader;
    this.outcome = {
      report: refusedFile(this.fileName, KIND_NAMES[this.kind], 'no rows'),
      header: opened.header,
      mapping: opened.mapping,
      needsMapping: false,
      discipline: opened.reader.discipline ?? null,
    };
    return true;
  }

  finish(): ReadOutcome {
    if (this.reader && this.outcome) return { ...this.outcome, report: this.reader.finish() };
    return this.outcome ?? outcomeOf(refusedFile(this.fileName, KIND_NAMES[this.kind], 'the file is empty'));
  }
}

/**
 * Streams delimited text (tab or comma, decided by papaparse from the first rows) in chunks, so a large export
 * never sits in memory as one array of rows. `onProgress` gets the bytes read so far where the source tells.
 */
export function readDelimited(
  fileName: string,
  input: string | Papa.LocalFile,
  store: LearnerStore,
  course: CourseFacts,
  options: TableOptions = {},
  onProgress?: (bytesRead: number) => void,
): Promise<ReadOutcome> {
  const feed = new RowFeed(fileName, 'delimited', store, course, options);
  return new Promise((resolve) => {
    const config: Papa.ParseLocalConfig<string[], Papa.LocalFile> & Papa.ParseConfig<string[]> = {
      skipEmptyLines: false,
      chunkSize: 4 * 1024 * 1024,
      chunk(results, parser) {
        for (const cells of results.data) {
          if (!feed.push(cells)) {
            parser.abort();
            return;
          }
        }
        onProgress?.(results.meta.cursor);
      },
      complete() {
        resolve(feed.finish());
      },
      error(error: Error) {
        resolve(outcomeOf(refusedFile(fileName, KIND_NAMES.delimited, `cannot be read: ${error.message}`)));
      },
    };
    Papa.parse(input as Papa.LocalFile, config);
  });
}

/** The first sheet of an ODS or XLSX workbook (Moodle's "Download in ODS format" and "Excel" both write one). */
export function readSpreadsheet(
  fileName: string,
  bytes: Uint8Array,
  store: LearnerStore,
  course: CourseFacts,
  options: TableOptions = {},
): ReadOutcome {
  let rows: string[][];
  try {
    const workbook = SheetJS.read(bytes, { type: 'array', dense: true, cellDates: false });
    const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('the workbook has no sheet');
    rows = SheetJS.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
  } catch (error) {
    return outcomeOf(
      refusedFile(fileName, KIND_NAMES.spreadsheet, `not an ODS or XLSX workbook that can be read (${(error as Error).message})`),
    );
  }
  const feed = new RowFeed(fileName, 'spreadsheet', store, course, options);
  for (const row of rows) if (!feed.push(row.map((cell) => String(cell)))) break;
  return feed.finish();
}

export function readXapi(fileName: string, text: string, store: LearnerStore, course: CourseFacts): ReadOutcome {
  return outcomeOf(readXapiStatements(fileName, text, store, course));
}
