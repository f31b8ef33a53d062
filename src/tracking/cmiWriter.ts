// Writes CMI values through a SCORM API, skipping values already written (fewer calls on slow LMS links) and
// turning the API's string results and error codes into something the adapters can act on.
export interface ScormCalls {
  setValue(element: string, value: string): boolean;
  getValue(element: string): string;
  lastError(): string;
}

export class CmiWriter {
  private written = new Map<string, string>();
  /** Every value the LMS refused or the course held back, for whoever debugs a record. */
  readonly failures: string[] = [];
  /**
   * How many values the LMS refused. A refused value is not cached, so the next save sends it again; an adapter
   * compares this count before and after writing to tell a save that stored less than it was given.
   */
  refusals = 0;

  constructor(private readonly calls: ScormCalls) {}

  /** False when the LMS refused the value. */
  set(element: string, value: string): boolean {
    if (this.written.get(element) === value) return true;
    if (!this.setOnce(element, value)) return false;
    this.written.set(element, value);
    return true;
  }

  /** Written without the change cache (interaction fields, ids): false when the LMS refused it. */
  setOnce(element: string, value: string): boolean {
    if (this.calls.setValue(element, value)) return true;
    this.refusals += 1;
    this.failures.push(`${element}: error ${this.calls.lastError()}`);
    return false;
  }

  get(element: string): string {
    return this.calls.getValue(element);
  }
}

/** Calls an API method; an LMS that throws is treated like one that returned "false". */
export function safeCall(fn: () => unknown): string {
  try {
    return String(fn());
  } catch {
    return 'false';
  }
}

/**
 * Reads a value through GetValue/LMSGetValue. LMSs have returned null, undefined, numbers and objects, and some
 * throw: only a string (or a number, written as one) is a value; anything else reads as "" (not set), so no
 * "null", "undefined" or "false" ever reaches the record or the screen.
 */
export function safeRead(fn: () => unknown): string {
  try {
    const value = fn();
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return '';
  } catch {
    return '';
  }
}
