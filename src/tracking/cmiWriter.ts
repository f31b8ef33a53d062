// Writes CMI values through a SCORM API, skipping values already written (fewer calls on slow LMS links) and
// turning the API's string results and error codes into something the adapters can act on.
export interface ScormCalls {
  setValue(element: string, value: string): boolean;
  getValue(element: string): string;
  lastError(): string;
}

export class CmiWriter {
  private written = new Map<string, string>();
  readonly failures: string[] = [];

  constructor(private readonly calls: ScormCalls) {}

  set(element: string, value: string): void {
    if (this.written.get(element) === value) return;
    if (this.calls.setValue(element, value)) this.written.set(element, value);
    else this.failures.push(`${element}: error ${this.calls.lastError()}`);
  }

  /** Written once and never again (interaction fields, ids), so not kept in the change cache. */
  setOnce(element: string, value: string): void {
    if (!this.calls.setValue(element, value)) this.failures.push(`${element}: error ${this.calls.lastError()}`);
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
