// Every learner found in the files, kept as a compact record: when they were active, the results they reached and
// when, their latest intake answer, pre-test, final and evaluation answers. Readers hand over one row's facts at a
// time, already checked, so a row counts whole or not at all; the figures for any period come from these records.
import type { Answer } from './answers';
import type { Day } from './days';

export const STATUSES = ['incomplete', 'failed', 'completed', 'passed'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_RANK: Record<Status, number> = { incomplete: 0, failed: 1, completed: 2, passed: 3 };

/** What one row of one file says about one learner. */
export interface LearnerFacts {
  /** Identifies the learner across rows and files: a lower-cased email address, username, or name. */
  learner: string;
  /** The days the learner was working on the course (a Moodle attempt: started on … last accessed on). */
  active?: { from: Day; to: Day };
  /** The result the row records, reached on `day`. */
  result?: { day: Day; status: Status; score: number | null };
  /** Answers given on `day`, in the order the learner gave them. */
  answers?: { day: Day; list: Answer[] };
  /** The file records the intake answer, so a learner without one did not state a role. */
  carriesRole?: boolean;
  /** Time the LMS measured, in seconds. */
  seconds?: number;
  /** A role from a profile field (Moodle custom profile field in the gradebook or completion report). */
  profileRoleId?: string;
}

interface Stamped<T> {
  value: T;
  day: Day;
  order: number;
}

export interface LearnerRecord {
  key: string;
  /** from, to, from, to…: the spans of activity. */
  spans: number[];
  /** day, status rank, score (−1 for none)… */
  results: number[];
  role: Stamped<string> | null;
  carriesRole: boolean;
  profileRoleId: string | null;
  seconds: number | null;
  pre: Map<string, Stamped<boolean | null>> | null;
  /** The answers of the latest final attempt. */
  final: { attempt: number; items: Map<string, boolean | null> } | null;
  evaluation: Map<string, Stamped<number>> | null;
}

/** Keeps the later of two stamped values: the later day, then the later in reading order. */
function later<T>(current: Stamped<T> | null | undefined, candidate: Stamped<T>): Stamped<T> {
  if (!current) return candidate;
  return candidate.day > current.day || (candidate.day === current.day && candidate.order > current.order) ? candidate : current;
}

export class LearnerStore {
  readonly learners = new Map<string, LearnerRecord>();
  /** Reading order across all files, so of two answers on one day the one read later counts. */
  private order = 0;

  private recordFor(key: string): LearnerRecord {
    let record = this.learners.get(key);
    if (!record) {
      record = {
        key,
        spans: [],
        results: [],
        role: null,
        carriesRole: false,
        profileRoleId: null,
        seconds: null,
        pre: null,
        final: null,
        evaluation: null,
      };
      this.learners.set(key, record);
    }
    return record;
  }

  commit(facts: LearnerFacts): void {
    const record = this.recordFor(facts.learner);
    const { active, result, answers } = facts;
    // Many facts of one span (xAPI statements of one day) are kept once.
    const spans = record.spans;
    if (active && !(spans[spans.length - 2] === active.from && spans[spans.length - 1] === active.to)) spans.push(active.from, active.to);
    if (result) record.results.push(result.day, STATUS_RANK[result.status], result.score ?? -1);
    if (facts.carriesRole) record.carriesRole = true;
    if (facts.seconds !== undefined) record.seconds = (record.seconds ?? 0) + facts.seconds;
    if (facts.profileRoleId !== undefined) record.profileRoleId = facts.profileRoleId;
    if (answers) for (const answer of answers.list) this.addAnswer(record, answers.day, answer);
  }

  /** Learners of a file that turned out, once read to its end, to carry the intake answer. */
  markCarriesRole(keys: Iterable<string>): void {
    for (const key of keys) this.recordFor(key).carriesRole = true;
  }

  private addAnswer(record: LearnerRecord, day: Day, answer: Answer): void {
    const order = (this.order += 1);
    switch (answer.kind) {
      case 'role':
        record.role = later(record.role, { value: answer.roleId, day, order });
        break;
      case 'pre':
        record.pre ??= new Map();
        record.pre.set(answer.item, later(record.pre.get(answer.item), { value: answer.correct, day, order }));
        break;
      case 'final':
        if (record.final === null || answer.attempt > record.final.attempt) record.final = { attempt: answer.attempt, items: new Map() };
        if (answer.attempt === record.final.attempt) record.final.items.set(answer.item, answer.correct);
        break;
      case 'eval':
        record.evaluation ??= new Map();
        record.evaluation.set(answer.item, later(record.evaluation.get(answer.item), { value: answer.value, day, order }));
        break;
    }
  }
}
