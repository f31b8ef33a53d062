// What both SCORM adapters do the same way: the lifecycle (initialize once, commit, terminate once and send
// nothing after), the change-only writer, the objective slots and the interaction slots. Each version's
// subclass reads the record and writes the data model in its own names, formats and limits.
import type {
  FinishResult,
  InteractionRecord,
  LmsRecord,
  StartResult,
  Tracker,
  TrackerKind,
  TrackerWarnings,
  TrackingReport,
} from '../core/tracker';
import { CmiWriter, type ScormCalls } from './cmiWriter';
import { ObjectiveSlots } from './objectiveSlots';

/** A version's API, reduced to the calls the adapters make, each wrapped in safeCall so that none throws. */
export interface ScormApiCalls extends ScormCalls {
  initialize(): string;
  commit(): string;
  terminate(): string;
}

/** How writing one interaction went. */
export type InteractionOutcome =
  /** Every field accepted. */
  | 'stored'
  /** The LMS refused the id: the slot is still free and nothing of this interaction is in the record. */
  | 'refused'
  /** In the record, but the LMS refused some of its fields. */
  | 'partial';

/** Saves at which a refused interaction is offered again before it is counted as not recorded. */
const INTERACTION_TRIES = 2;

interface QueuedInteraction {
  interaction: InteractionRecord;
  tries: number;
}

export abstract class ScormTracker implements Tracker {
  abstract readonly kind: TrackerKind;
  protected readonly writer: CmiWriter;
  protected readonly objectives: ObjectiveSlots;
  private interactionCount = 0;
  /** Interactions handed over but not yet in the record, oldest first. */
  private queue: QueuedInteraction[] = [];
  private notRecorded = 0;
  private reviewOnly = false;
  private ended = false;

  constructor(private readonly calls: ScormApiCalls) {
    this.writer = new CmiWriter(calls);
    this.objectives = new ObjectiveSlots(this.writer);
  }

  start(): StartResult {
    if (this.calls.initialize() !== 'true') return { ok: false, reason: `${this.kind}: Initialize failed` };
    const record = this.readRecord();
    this.reviewOnly = record.reviewOnly;
    const count = Number(this.writer.get('cmi.interactions._count'));
    this.interactionCount = Number.isInteger(count) && count > 0 ? count : 0;
    this.objectives.read();
    return { ok: true, record };
  }

  save(report: TrackingReport): boolean {
    if (this.ended) return false;
    const stored = this.writeAll(report);
    // A value the LMS refused is not saved, whatever the Commit after it says.
    return this.calls.commit() === 'true' && stored;
  }

  finish(report: TrackingReport): FinishResult {
    if (this.ended) return { saved: false, lmsTakesOver: false };
    this.ended = true;
    const stored = this.writeAll(report);
    // Whatever was never accepted is not in the record: the count says so.
    this.notRecorded += this.queue.length;
    this.queue = [];
    const takesOver = report.leaving && !this.reviewOnly && this.requestExit();
    const terminated = this.calls.terminate() === 'true';
    return { saved: terminated && stored, lmsTakesOver: terminated && takesOver };
  }

  warnings(): TrackerWarnings {
    return { notRecorded: this.notRecorded, newerElsewhere: false, storageUnavailable: false };
  }

  /** Writes the report; false when the LMS refused any value of it but the interactions (counted apart). */
  private writeAll(report: TrackingReport): boolean {
    // Review mode: the LMS said this launch does not count; its record stays exactly as it was.
    if (this.reviewOnly) return true;
    const refusedBefore = this.writer.refusals;
    this.write(report);
    const stored = this.writer.refusals === refusedBefore;
    this.queue.push(...report.interactions.map((interaction) => ({ interaction, tries: 0 })));
    this.writeQueue();
    return stored;
  }

  /**
   * Each interaction goes to the next free slot. One the LMS refuses keeps that slot free for the next (nothing
   * shifts to an index the LMS has not reached) and is offered again at the next save; refused again, it is
   * counted as not recorded, so the learner is told. Once one is refused, the rest wait for the next save.
   */
  private writeQueue(): void {
    while (this.queue.length > 0) {
      const head = this.queue[0] as QueuedInteraction;
      const outcome = this.writeInteraction(`cmi.interactions.${this.interactionCount}`, head.interaction);
      if (outcome === 'refused') {
        head.tries += 1;
        if (head.tries < INTERACTION_TRIES) return;
        this.notRecorded += 1;
      } else {
        this.interactionCount += 1;
        if (outcome === 'partial') this.notRecorded += 1;
      }
      this.queue.shift();
    }
  }

  /** Reads what the LMS knows, right after Initialize. */
  protected abstract readRecord(): LmsRecord;
  /** Writes everything but the interactions. */
  protected abstract write(report: TrackingReport): void;
  /** Writes one interaction at `prefix`, id first. */
  protected abstract writeInteraction(prefix: string, interaction: InteractionRecord): InteractionOutcome;
  /** The learner asked to leave: ask the LMS to take them out, if it can. True when it accepted. */
  protected requestExit(): boolean {
    return false;
  }
}
