// cmi.objectives is an array the LMS may have filled already (SCORM 2004 LMSs create the manifest's objectives;
// a resumed session finds its own from last time). An objective's id cannot change once set, so each learning
// objective goes to the slot that already has its id, or to a new slot at the end. A slot whose id the LMS
// refused stays free and is tried again at the next save: the objectives after it never shift to an index the
// LMS has not reached (which a strict LMS refuses), so one refusal cannot lose them all.
import type { CmiWriter } from './cmiWriter';

export class ObjectiveSlots {
  private slots = new Map<string, number>();
  private count = 0;

  constructor(private readonly writer: CmiWriter) {}

  /** Reads the slots the LMS already has. Call once after initialize. */
  read(): void {
    const count = Number(this.writer.get('cmi.objectives._count'));
    this.count = Number.isInteger(count) && count > 0 ? count : 0;
    for (let n = 0; n < this.count; n++) this.slots.set(this.writer.get(`cmi.objectives.${n}.id`), n);
  }

  /** The element prefix for an objective, creating its slot the first time; null when the LMS refused the id. */
  prefix(id: string): string | null {
    let n = this.slots.get(id);
    if (n === undefined) {
      n = this.count;
      if (!this.writer.setOnce(`cmi.objectives.${n}.id`, id)) return null;
      this.count += 1;
      this.slots.set(id, n);
    }
    return `cmi.objectives.${n}`;
  }
}
