// One Chromium and one preview LMS per test file, started before its tests and closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startPreview, type Preview } from './preview';

export interface BrowserAndPreview {
  readonly browser: Browser;
  readonly preview: Preview;
}

export function useBrowserAndPreview(): BrowserAndPreview {
  let browser: Browser | undefined;
  let preview: Preview | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.close();
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running: use it inside a test');
      return browser;
    },
    get preview() {
      if (!preview) throw new Error('The preview is not running: use it inside a test');
      return preview;
    },
  };
}
