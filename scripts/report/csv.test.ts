// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatCsvRow, parseDelimited } from './csv';

describe('parseDelimited', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const { records, delimiter } = parseDelimited('a,b,c\n"Ng, Ivy","said ""hi""","two\nlines"\n');
    expect(delimiter).toBe(',');
    expect(records).toEqual([
      ['a', 'b', 'c'],
      ['Ng, Ivy', 'said "hi"', 'two\nlines'],
    ]);
  });

  it('drops a UTF-8 byte order mark and accepts CRLF, CR and LF line endings', () => {
    const { records } = parseDelimited('\uFEFFa,b\r\n1,2\r3,4\n5,"6\r\n7"\r\n');
    expect(records).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6\r\n7']]);
  });

  it('reads tab-separated text, as Moodle downloads it, when the header has a tab', () => {
    const { records, delimiter } = parseDelimited('Name\t"Started on"\n"Ana Alvarez"\t"Thursday, 4 January 2024, 9:12 AM"\n');
    expect(delimiter).toBe('\t');
    expect(records[1]).toEqual(['Ana Alvarez', 'Thursday, 4 January 2024, 9:12 AM']);
  });

  it('keeps empty fields and numbers rows as a spreadsheet does, counting blank lines and multi-line fields once', () => {
    const { records, rowNumbers } = parseDelimited('a,b,c\n,,\n\n"x\ny",2,\nlast,,\n');
    expect(records).toEqual([['a', 'b', 'c'], ['', '', ''], ['x\ny', '2', ''], ['last', '', '']]);
    expect(rowNumbers).toEqual([1, 2, 4, 5]);
  });

  it('reads a last row with no line break after it', () => {
    expect(parseDelimited('a,b\n1,2').records).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('refuses a quote that is never closed, naming the row it opened on', () => {
    expect(() => parseDelimited('a,b\n1,2\n3,"open\n')).toThrow('a quoted field opened on row 3 is never closed');
  });
});

describe('formatCsvRow', () => {
  it('quotes only the fields that need it', () => {
    expect(formatCsvRow(['plain', 'Ng, Ivy', 'say "hi"', 'two\nlines', 3])).toBe('plain,"Ng, Ivy","say ""hi""","two\nlines",3');
  });

  it('round-trips through parseDelimited', () => {
    const fields = ['Criminal Justice: Law Enforcement', 'a,b', '"quoted"', ''];
    expect(parseDelimited(`${formatCsvRow(fields)}\n`).records).toEqual([fields]);
  });
});
