// The browser tests pass their own --disable-features switch, and Chromium keeps only the last one: it must still
// turn off everything the installed Playwright turns off (for reliable tests: paint holding, storage partitioning).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PLAYWRIGHT_DISABLED_FEATURES } from '../e2e/support/browser';

function playwrightDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(require.resolve('playwright-core/lib/coreBundle'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(bundle)?.[1];
  if (!list) throw new Error("Playwright's list of disabled Chromium features was not found where 1.65 keeps it");
  return [...list.matchAll(/^\s*"([^"]+)",?\s*$/gm)].map((match) => match[1]!);
}

describe('the Chromium the browser tests launch', () => {
  it('turns off every feature Playwright turns off, as well as its own', () => {
    const playwrights = playwrightDisabledFeatures();
    expect(playwrights.length).toBeGreaterThan(5);
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual([...playwrights].sort());
  });
});
