// A problem with the command line or an input file that stops the report: the CLI prints the message and exits 1.
import type { RowSource } from './records';

export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
  }
}

export function rowError(source: RowSource, message: string): ReportError {
  return new ReportError(`${source.file}: row ${source.row}: ${message}`);
}
