// The Chromium and preview LMS that the global set-up (globalSetup.ts) started for the whole run. Each test file
// connects to that Chromium before its tests and disconnects after them; it opens its own browser contexts, so
// it shares no cookies, storage or records with files running beside it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectToChromium } from './browser';
import type { SharedPreview } from './preview';

export interface BrowserAndPreview {
  readonly browser: Browser;
  readonly preview: SharedPreview;
}

/** `packages` picks the preview: the built course (dist/), or the mini SCO the preview's own tests use. */
export function useBrowserAndPreview(packages: 'course' | 'mini-sco' = 'course'): BrowserAndPreview {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectToChromium(inject('chromiumEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not connected: use it inside a test');
      return browser;
    },
    get preview() {
      return inject(packages === 'course' ? 'coursePreview' : 'miniScoPreview');
    },
  };
}
