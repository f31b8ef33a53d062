// No LMS: progress is kept in this browser's storage so the learner can still resume; nothing is reported.
// Two tabs of the course share that storage. Each save carries a revision; a tab whose revision is behind the
// stored one (another tab saved since) stops writing, so it never overwrites newer progress, and says so.
// Storage that is blocked or full is reported, never claimed.
import type { Completion, Success } from '../core/completion';
import type { FinishResult, LmsRecord, StartResult, Tracker, TrackerWarnings, TrackingReport } from '../core/tracker';

interface StoredRecord {
  suspendData: string;
  completion: Completion;
  success: Success;
  scorePercent: number | null;
  /** Counts saves of this record, across tabs: a tab that saw revision n may write n + 1 only. */
  revision: number;
}

function isStoredRecord(value: unknown): value is StoredRecord {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record.suspendData === 'string';
}

export class LocalTracker implements Tracker {
  readonly kind = 'local';
  private revision = 0;
  private newerElsewhere = false;
  private storageUnavailable = false;

  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {}

  start(): StartResult {
    const stored = this.read();
    this.revision = stored?.revision ?? 0;
    this.storageUnavailable = !this.canWrite();
    const record: LmsRecord = {
      resumed: stored !== null,
      suspendData: stored?.suspendData ?? '',
      completion: stored?.completion ?? 'not attempted',
      success: stored?.success ?? 'unknown',
      scorePercent: stored?.scorePercent ?? null,
      learnerName: '',
      learnerId: '',
      reviewOnly: false,
      passMarkPercent: null,
    };
    return { ok: true, record };
  }

  save(report: TrackingReport): boolean {
    if (this.storage === null) return false;
    if (this.newerElsewhere || this.storedRevision() > this.revision) {
      this.newerElsewhere = true;
      return false;
    }
    const record: StoredRecord = {
      suspendData: report.suspendData,
      completion: report.completion,
      success: report.success,
      scorePercent: report.scorePercent,
      revision: this.revision + 1,
    };
    try {
      this.storage.setItem(this.key, JSON.stringify(record));
    } catch {
      this.storageUnavailable = true;
      return false;
    }
    this.revision = record.revision;
    return true;
  }

  finish(report: TrackingReport): FinishResult {
    return { saved: this.save(report), lmsTakesOver: false };
  }

  warnings(): TrackerWarnings {
    return {
      notRecorded: 0,
      newerElsewhere: this.newerElsewhere || this.storedRevision() > this.revision,
      storageUnavailable: this.storageUnavailable,
    };
  }

  private read(): StoredRecord | null {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? 'null');
      return isStoredRecord(parsed) ? { ...parsed, revision: Number.isInteger(parsed.revision) ? parsed.revision : 0 } : null;
    } catch {
      return null;
    }
  }

  private storedRevision(): number {
    return this.read()?.revision ?? 0;
  }

  /** Whether a value can be written at all: blocked storage throws, full storage throws on the first write. */
  private canWrite(): boolean {
    if (this.storage === null) return false;
    try {
      this.storage.setItem(`${this.key}:probe`, '1');
      this.storage.removeItem(`${this.key}:probe`);
      return true;
    } catch {
      return false;
    }
  }
}
