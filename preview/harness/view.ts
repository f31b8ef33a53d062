// The harness page's own display: the live and stored CMI values, the API call log, a status line.
import type { ApiCall, CmiRecord, StoredRecord } from '../shared/lms-types';

export function showStatus(message: string): void {
  const status = document.getElementById('harness-status');
  if (status) status.textContent = message;
}

export function appendCallRow(call: ApiCall, index: number): void {
  const body = document.querySelector('#call-log tbody');
  if (!body) return;
  const row = document.createElement('tr');
  if (call.errorCode !== '0' || call.threw || call.refused) row.className = 'error';
  const returned = call.threw
    ? `threw: ${call.threw}`
    : `${JSON.stringify(call.result)}${call.refused ? ` — refused by ${call.refused}` : ''}${call.injected ? ` — ${call.injected}` : ''}`;
  for (const text of [String(index + 1), call.method, call.args.map(describeArgument).join(', '), returned, call.errorCode]) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  body.append(row);
}

export function renderRecordTable(live: CmiRecord, stored: StoredRecord | null): void {
  const body = document.querySelector('#cmi-table tbody');
  const savedBy = document.getElementById('saved-by');
  if (!body || !savedBy) return;
  savedBy.textContent = stored ? stored.savedBy : 'nothing stored yet';
  const elements = [...new Set([...Object.keys(live), ...Object.keys(stored?.cmi ?? {})])];
  body.replaceChildren(
    ...elements.map((element) => {
      const row = document.createElement('tr');
      const storedValue = stored?.cmi[element];
      if (storedValue !== live[element]) row.className = 'unsaved';
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = element;
      row.append(name, valueCell(live[element]), valueCell(storedValue));
      return row;
    }),
  );
}

function valueCell(value: string | undefined): HTMLTableCellElement {
  const cell = document.createElement('td');
  cell.textContent = value === undefined ? '—' : JSON.stringify(value);
  return cell;
}

function describeArgument(arg: unknown): string {
  return typeof arg === 'string' ? JSON.stringify(arg) : `${String(arg)} (${typeof arg})`;
}

/** The Moodle profile's line in the record panel: attempt, mode, and the gradebook's grade. */
export function renderMoodleLine(state: { attempt: number; grade: number | null; mode: string; credit: string }): void {
  const line = document.getElementById('moodle-state');
  if (!line) return;
  line.hidden = false;
  const grade = state.grade === null ? 'no grade yet' : String(state.grade);
  line.textContent =
    `Moodle profile: attempt ${state.attempt}, opened in ${state.mode} mode (${state.credit}). ` +
    `Gradebook (grading method “Highest grade”, highest attempt): ${grade}.`;
}
