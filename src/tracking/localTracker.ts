// No LMS: progress is kept in this browser's storage so the learner can still resume; nothing is reported.
import type { Completion, Success } from '../core/completion';
import type { LmsRecord, StartResult, Tracker, TrackingReport } from '../core/tracker';

interface StoredRecord {
  suspendData: string;
  completion: Completion;
  success: Success;
  scorePercent: number | null;
}

function isStoredRecord(value: unknown): value is StoredRecord {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record.suspendData === 'string';
}

export class LocalTracker implements Tracker {
  readonly kind = 'local';

  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {}

  start(): StartResult {
    let stored: StoredRecord | null = null;
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? 'null');
      stored = isStoredRecord(parsed) ? parsed : null;
    } catch {
      stored = null;
    }
    const record: LmsRecord = {
      resumed: stored !== null,
      suspendData: stored?.suspendData ?? '',
      completion: stored?.completion ?? 'not attempted',
      success: stored?.success ?? 'unknown',
      scorePercent: stored?.scorePercent ?? null,
      learnerName: '',
    };
    return { ok: true, record };
  }

  save(report: TrackingReport): boolean {
    const record: StoredRecord = {
      suspendData: report.suspendData,
      completion: report.completion,
      success: report.success,
      scorePercent: report.scorePercent,
    };
    try {
      this.storage?.setItem(this.key, JSON.stringify(record));
      return this.storage !== null;
    } catch {
      return false;
    }
  }

  finish(report: TrackingReport): void {
    this.save(report);
  }
}
