// The LMS page for a cmi5 or xAPI package: launches the course the way an LMS would (the server prepares the
// LRS and gives the launch URL), and shows what the preview LRS stored, live. Query options: mode
// (Normal|Browse|Review), masteryScore (0–1, replaces the package's), returnUrl (cmi5 returnURL).
interface LogEntry {
  statement: {
    verb: { display: Record<string, string> };
    object: { id: string };
    result?: Record<string, unknown>;
    context?: { registration?: string; contextActivities?: { category?: { id: string }[] } };
  };
  stored: number;
}

interface Log {
  statements: LogEntry[];
  refusals: { reason: string; at: number }[];
  down: boolean;
}

const SCO_FRAME_NAME = 'sco';
const config = JSON.parse(document.getElementById('lrs-preview-config')?.textContent ?? '{}') as { profile: 'cmi5' | 'xapi' };
const query = new URLSearchParams(location.search);

function showStatus(message: string): void {
  const element = document.getElementById('harness-status');
  if (element) element.textContent = message;
}

async function post(action: string, params: Record<string, string>): Promise<unknown> {
  const response = await fetch(`/lrs/admin/${action}?${new URLSearchParams({ profile: config.profile, ...params })}`, { method: 'POST' });
  if (!response.ok) throw new Error(`${action}: ${response.status} ${await response.text()}`);
  return response.json();
}

// Removing the frame first runs the course's pagehide handler, which ends its session, before the next launch.
async function launch(): Promise<void> {
  document.querySelector(`iframe[name="${SCO_FRAME_NAME}"]`)?.remove();
  const mode = (document.getElementById('launch-mode') as HTMLSelectElement).value;
  const params: Record<string, string> = { mode };
  for (const name of ['masteryScore', 'returnUrl']) {
    const value = query.get(name);
    if (value !== null) params[name] = value;
  }
  const { url } = (await post('launch', params)) as { url: string };
  const frame = document.createElement('iframe');
  frame.name = SCO_FRAME_NAME;
  frame.title = 'Course';
  frame.src = url;
  document.getElementById('sco-slot')?.append(frame);
  showStatus(`Launched in ${mode} mode.`);
}

function cell(text: string): HTMLTableCellElement {
  const element = document.createElement('td');
  element.textContent = text;
  return element;
}

const CATEGORY_NAMES: Record<string, string> = {
  'https://w3id.org/xapi/cmi5/context/categories/cmi5': 'cmi5',
  'https://w3id.org/xapi/cmi5/context/categories/moveon': 'moveOn',
};

function render(log: Log): void {
  const body = document.querySelector('#statement-log tbody');
  body?.replaceChildren(
    ...log.statements.map(({ statement, stored }, index) => {
      const row = document.createElement('tr');
      const categories = (statement.context?.contextActivities?.category ?? []).map((c) => CATEGORY_NAMES[c.id] ?? c.id);
      row.append(
        cell(String(index + 1)),
        cell(new Date(stored).toLocaleTimeString()),
        cell(statement.verb.display['en-US'] ?? ''),
        cell(statement.object.id),
        cell(statement.result ? JSON.stringify(statement.result) : ''),
        cell(categories.join(', ')),
        cell(statement.context?.registration ?? ''),
      );
      return row;
    }),
  );
  document.querySelector('#refusal-log tbody')?.replaceChildren(
    ...log.refusals.map((refusal) => {
      const row = document.createElement('tr');
      row.className = 'error';
      row.append(cell(new Date(refusal.at).toLocaleTimeString()), cell(refusal.reason));
      return row;
    }),
  );
}

async function poll(): Promise<void> {
  try {
    render((await (await fetch('/lrs/admin/log')).json()) as Log);
  } catch {
    // The preview server has stopped; the last view stays.
  }
  setTimeout(() => void poll(), 500);
}

document.addEventListener('DOMContentLoaded', () => {
  const modeSelect = document.getElementById('launch-mode') as HTMLSelectElement;
  modeSelect.value = query.get('mode') ?? 'Normal';
  document.getElementById('launch-form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void launch().catch((error: unknown) => showStatus(String(error)));
  });
  document.getElementById('reset')?.addEventListener('click', () => {
    document.querySelector(`iframe[name="${SCO_FRAME_NAME}"]`)?.remove();
    void post('reset', {})
      .then(launch)
      .catch((error: unknown) => showStatus(String(error)));
  });
  document.getElementById('down-form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const seconds = (document.getElementById('down-seconds') as HTMLInputElement).value;
    void post('down', { seconds }).then(() => showStatus(`The LRS answers 503 for ${seconds} s.`));
  });
  void launch().catch((error: unknown) => showStatus(`The preview could not launch the course: ${String(error)}`));
  void poll();
});
