import { describe, expect, it } from 'vitest';
import { findApi, findApiNow } from './discovery';

/** A stand-in for a window, with a parent and opener, whose API property may throw like a cross-origin frame. */
function frame(
  options: { api?: object | (() => object | undefined); parent?: Window; opener?: Window; crossOrigin?: boolean } = {},
): Window {
  const win: Record<string, unknown> = {};
  Object.defineProperty(win, 'API', {
    get() {
      if (options.crossOrigin) throw new DOMException('Blocked a frame', 'SecurityError');
      return typeof options.api === 'function' ? options.api() : options.api;
    },
  });
  win.parent = options.parent ?? win;
  win.opener = options.opener ?? null;
  return win as unknown as Window;
}

describe('API discovery', () => {
  const api = { LMSInitialize: () => 'true' };

  it('finds the API on an ancestor frame', () => {
    const top = frame({ api });
    const middle = frame({ parent: top });
    expect(findApiNow(frame({ parent: middle }), 'API')).toBe(api);
  });

  it('skips a cross-origin parent that throws, then looks in the opener chain', () => {
    const opener = frame({ api });
    const blockedParent = frame({ crossOrigin: true });
    const course = frame({ parent: blockedParent, opener });
    expect(findApiNow(course, 'API')).toBe(api);
  });

  it('returns nothing, without throwing, when no frame has an API', () => {
    expect(findApiNow(frame({ parent: frame({ crossOrigin: true }) }), 'API')).toBeUndefined();
  });

  it('keeps looking for an API that the LMS attaches late', async () => {
    let late: object | undefined;
    const parent = frame({ api: () => late });
    setTimeout(() => {
      late = api;
    }, 150);
    expect(await findApi(frame({ parent }), 'API', 1000, 20)).toBe(api);
  });

  it('gives up after the wait', async () => {
    expect(await findApi(frame(), 'API', 60, 20)).toBeUndefined();
  });
});
