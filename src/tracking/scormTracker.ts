// What both SCORM adapters do the same way: the lifecycle (initialize once, commit, terminate once and send
// nothing after), the change-only writer, the objective slots and the interaction index. Each version's
// subclass reads the record and writes the data model in its own names, formats and limits.
import type { InteractionRecord, LmsRecord, StartResult, Tracker, TrackerKind, TrackingReport } from '../core/tracker';
import { CmiWriter, type ScormCalls } from './cmiWriter';
import { ObjectiveSlots } from './objectiveSlots';

/** A version's API, reduced to the calls the adapters make, each wrapped in safeCall so that none throws. */
export interface ScormApiCalls extends ScormCalls {
  initialize(): string;
  commit(): string;
  terminate(): string;
}

export abstract class ScormTracker implements Tracker {
  abstract readonly kind: TrackerKind;
  protected readonly writer: CmiWriter;
  protected readonly objectives: ObjectiveSlots;
  private interactionCount = 0;
  private ended = false;

  constructor(private readonly calls: ScormApiCalls) {
    this.writer = new CmiWriter(calls);
    this.objectives = new ObjectiveSlots(this.writer);
  }

  start(): StartResult {
    if (this.calls.initialize() !== 'true') return { ok: false, reason: `${this.kind}: Initialize failed` };
    const record = this.readRecord();
    const count = Number(this.writer.get('cmi.interactions._count'));
    this.interactionCount = Number.isInteger(count) && count > 0 ? count : 0;
    this.objectives.read();
    return { ok: true, record };
  }

  save(report: TrackingReport): boolean {
    if (this.ended) return false;
    this.writeAll(report);
    return this.calls.commit() === 'true';
  }

  finish(report: TrackingReport): void {
    if (this.ended) return;
    this.ended = true;
    this.writeAll(report);
    this.calls.terminate();
  }

  private writeAll(report: TrackingReport): void {
    this.write(report);
    for (const interaction of report.interactions) {
      if (this.writeInteraction(`cmi.interactions.${this.interactionCount}`, interaction)) this.interactionCount += 1;
    }
  }

  /** Reads what the LMS knows, right after Initialize. */
  protected abstract readRecord(): LmsRecord;
  /** Writes everything but the interactions. */
  protected abstract write(report: TrackingReport): void;
  /** Writes one interaction at `prefix`; false when it was not written, so its slot is used by the next one. */
  protected abstract writeInteraction(prefix: string, interaction: InteractionRecord): boolean;
}
