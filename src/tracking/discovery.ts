// Finding the LMS's API object as ADL describes: walk up window.parent (at most MAX_DEPTH frames), then the
// opener's chain. A cross-origin frame throws on any access; that frame is skipped, never fatal.
// The LMS may attach its API after the course has loaded, so the search is retried for a short while.
export type ApiName = 'API' | 'API_1484_11';

const MAX_DEPTH = 7;

function readApi(win: Window, name: ApiName): unknown {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    return api !== null && typeof api === 'object' ? api : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function openerOf(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

function searchChain(start: Window | null, name: ApiName): unknown {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    const api = readApi(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

export function findApiNow(win: Window, name: ApiName): unknown {
  const found = searchChain(win, name);
  if (found) return found;
  const top = (() => {
    let current = win;
    for (let parent = parentOf(current); parent; parent = parentOf(current)) current = parent;
    return current;
  })();
  return searchChain(openerOf(top), name) ?? searchChain(openerOf(win), name);
}

export async function findApi(win: Window, name: ApiName, waitMs: number, intervalMs = 100): Promise<unknown> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const api = findApiNow(win, name);
    if (api || Date.now() >= deadline) return api;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
