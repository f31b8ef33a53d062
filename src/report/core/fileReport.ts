// What the page and the CLI say about each file: what it is, what it held, and every row it could not count.
import { isoDate, type Day } from './days';
import type { LearnerFacts, LearnerStore } from './store';

export interface FileReport {
  name: string;
  /** "Moodle interactions report", "xAPI statements", … */
  kind: string;
  /** "SCORM 1.2", "text download", … */
  details: string[];
  learners: number;
  rowsRead: number;
  /** Rows refused whole, each with its reason (at most MAX_LISTED; rowsRefused counts them all). */
  rowsRefused: number;
  problems: string[];
  warnings: string[];
  firstDay: Day | null;
  lastDay: Day | null;
  /** Set when nothing of the file could be read; it then counts for nothing. */
  refused: string | null;
}

const MAX_LISTED = 20;

/** "Moodle SCORM basic report, SCORM 1.2: 7 learners, 2026-12-01 … 2026-12-01" (the file's name is the caller's to show). */
export function describeFile(report: FileReport): string {
  if (report.refused !== null) return `not counted: ${report.refused}`;
  const what = [report.kind, ...report.details].join(', ');
  const dates = report.firstDay === null ? 'no dates' : `${isoDate(report.firstDay)} … ${isoDate(report.lastDay ?? report.firstDay)}`;
  const refused = report.rowsRefused > 0 ? `; ${report.rowsRefused} row${report.rowsRefused === 1 ? '' : 's'} not counted` : '';
  return `${what}: ${report.learners} learner${report.learners === 1 ? '' : 's'}, ${dates}${refused}`;
}

export function refusedFile(name: string, kind: string, reason: string): FileReport {
  return {
    name,
    kind,
    details: [],
    learners: 0,
    rowsRead: 0,
    rowsRefused: 0,
    problems: [],
    warnings: [],
    firstDay: null,
    lastDay: null,
    refused: reason,
  };
}

/** Counts what a reader commits to the store, and the rows it refuses. */
export class FileTally {
  readonly learners = new Set<string>();
  rowsRead = 0;
  rowsRefused = 0;
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  readonly details: string[] = [];
  firstDay: Day | null = null;
  lastDay: Day | null = null;

  constructor(
    readonly name: string,
    readonly kind: string,
    private readonly store: LearnerStore,
  ) {}

  commit(facts: LearnerFacts): void {
    this.store.commit(facts);
    this.learners.add(facts.learner);
    for (const day of [facts.active?.from, facts.active?.to, facts.result?.day]) {
      if (day === undefined) continue;
      if (this.firstDay === null || day < this.firstDay) this.firstDay = day;
      if (this.lastDay === null || day > this.lastDay) this.lastDay = day;
    }
  }

  /** `where` is "row 12" or "statement 3". */
  refuse(where: string, reason: string): void {
    this.rowsRefused += 1;
    if (this.problems.length < MAX_LISTED) this.problems.push(`${where}: ${reason}`);
  }

  report(): FileReport {
    const problems = [...this.problems];
    if (this.rowsRefused > problems.length) problems.push(`… and ${this.rowsRefused - problems.length} more`);
    return {
      name: this.name,
      kind: this.kind,
      details: this.details,
      learners: this.learners.size,
      rowsRead: this.rowsRead,
      rowsRefused: this.rowsRefused,
      problems,
      warnings: this.warnings,
      firstDay: this.firstDay,
      lastDay: this.lastDay,
      refused: null,
    };
  }
}

/** A reason a row is not counted; readers throw it and the table loop records it. */
export class RowProblem extends Error {}
