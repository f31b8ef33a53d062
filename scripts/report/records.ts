// The shapes every input format is normalised to, and the ranking that decides a learner's best result.

/** Learner statuses from worst to best: the order decides which of a learner's rows counts. */
export const STATUSES = ['not attempted', 'incomplete', 'failed', 'completed', 'passed'] as const;
export type Status = (typeof STATUSES)[number];

export function statusRank(status: Status): number {
  return STATUSES.indexOf(status);
}

/** Where a row came from, for messages: the file as given and the row as a spreadsheet numbers it (header = 1). */
export interface RowSource {
  file: string;
  row: number;
}

/** One row of an LMS export: one attempt (or one learner) with its result on one date. */
export interface ResultRow {
  /** Identifies the learner across rows and files (lower-cased email, username or id). */
  learnerKey: string;
  status: Status;
  /** Percent, 0–100; null when the row has no score. */
  score: number | null;
  /** Calendar date, YYYY-MM-DD: decides whether and where the row counts. */
  date: string;
  /** The intake answer as a role id from course/roles.yaml; null when this row has none. */
  roleId: string | null;
  /** False for formats that cannot hold the intake answer (Moodle's basic report), so a missing role there is unknown. */
  recordsRole: boolean;
}

/** What one file yields. */
export interface ParsedExport {
  rows: ResultRow[];
  /** Things the reader should know but that do not stop the report (printed on stderr). */
  warnings: string[];
}
