// A small delimited-text reader and writer. Moodle's "Download in text format" writes tab-separated values through
// PHP's fputcsv; other LMSs and spreadsheets write comma-separated values, often with a UTF-8 BOM and CRLF endings.

export type Delimiter = ',' | '\t';

export interface DelimitedText {
  delimiter: Delimiter;
  /** Records in file order; the first is the header. Blank lines are dropped (but still numbered, as a spreadsheet does). */
  records: string[][];
  /** The spreadsheet row number (header = 1) of each record, which differs from line numbers when a field spans lines. */
  rowNumbers: number[];
}

const BYTE_ORDER_MARK = '\uFEFF';

/** Tab when the header row has a tab outside quotes (a comma file's header never does), comma otherwise. */
function detectDelimiter(text: string): Delimiter {
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === '\t') return '\t';
  }
  return ',';
}

/**
 * Splits text into records of fields: quoted fields may hold delimiters, quotes written twice, and line breaks.
 * Throws on a quote left open, since everything after it would silently become one field.
 */
export function parseDelimited(input: string): DelimitedText {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(BYTE_ORDER_MARK.length) : input;
  const delimiter = detectDelimiter(text);
  const records: string[][] = [];
  const rowNumbers: number[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let recordNumber = 1;
  let quoteOpenedOnRecord = 0;

  const endRecord = (): void => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) {
      records.push(fields);
      rowNumbers.push(recordNumber);
    }
    recordNumber += 1;
    fields = [];
    field = '';
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteOpenedOnRecord = recordNumber;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRecord();
    } else field += char;
  }
  if (quoted) throw new SyntaxError(`a quoted field opened on row ${quoteOpenedOnRecord} is never closed`);
  if (field !== '' || fields.length > 0) endRecord();
  return { delimiter, records, rowNumbers };
}

/** One comma-separated line, quoting only the fields that need it. */
export function formatCsvRow(fields: readonly (string | number)[]): string {
  return fields
    .map((value) => {
      const text = String(value);
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(',');
}
