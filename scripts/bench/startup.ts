// How long a learner on a slow connection and a modest device waits for the course's first text.
//
// "First lesson text" is the welcome screen's h1 (the course title) together with its description paragraph: the
// first of the course's own words a learner sees. The build pre-renders them into index.html, so they show before
// the player's script arrives. "Player ready" is when the Start button exists: from then on, Start and every page
// run from the loaded bundle without touching the network. Each counts as on screen at the first animation frame
// after it is in the DOM: the frame that paints it.
//
// The clock starts at the course frame's navigation, when the LMS launches the course (its performance.timeOrigin):
// the LMS page before that, here the preview's own unminified harness, is the LMS's cost, not the course's. For
// cmi5 that includes the LMS's preparing the launch (LMS.LaunchData, the fetch URL); the course's own requests to
// the LRS before its player shows (the token, LMS.LaunchData, the learner preferences, its saved state) count.
import type { Browser, Frame, Page } from 'playwright-core';
import { lmsPagePath, lrsPagePath } from '../../preview/server/page-templates';
import { buildLaunchQuery } from '../../preview/shared/launch-query';
import type { ScormVersion } from '../../preview/shared/lms-types';
import { lrsAdmin } from '../../tests/e2e/support/lrs-course';
import { recordRequests } from '../../tests/e2e/support/network-guard';
import type { Preview } from '../../tests/e2e/support/preview';

/** Lighthouse's mobile ("slow 4G") profile: 1.6 Mbps down, 750 kbps up, 150 ms round trip, a CPU four times slower. */
export const THROTTLE = { downKbps: 1600, upKbps: 750, latencyMs: 150, cpuSlowdown: 4 } as const;

const SCO_FRAME_NAME = 'sco';
/** A run that takes this long has failed, throttled or not. */
const RUN_TIMEOUT_MS = 30_000;

declare global {
  interface Window {
    /** Set in the course frame by the init script below: epoch milliseconds of the frame that paints the text. */
    __firstLessonTextAt?: number;
    /** Likewise, for the frame that paints the player's Start button. */
    __playerReadyAt?: number;
  }
}

export interface WelcomeText {
  title: string;
  description: string;
}

/**
 * Runs in every frame before its own scripts (CSP does not apply to it); only the course frame watches. A string,
 * not a function: tsx wraps named functions in a helper that does not exist in the page.
 */
function firstLessonTextWatcher(text: WelcomeText): string {
  return `(() => {
    if (window.name !== ${JSON.stringify(SCO_FRAME_NAME)}) return;
    const title = ${JSON.stringify(text.title.trim())};
    const description = ${JSON.stringify(text.description.trim())};
    const texts = (selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent.trim());
    const paintedAt = (key) => requestAnimationFrame(() => { window[key] = performance.timeOrigin + performance.now(); });
    const observer = new MutationObserver(() => {
      if (window.__firstLessonTextAt === undefined && !window.__textSeen && texts('h1').includes(title) && texts('p').includes(description)) {
        window.__textSeen = true;
        paintedAt('__firstLessonTextAt');
      }
      if (texts('button').includes('Start the course')) {
        observer.disconnect();
        paintedAt('__playerReadyAt');
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}

async function courseFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector(`iframe[name="${SCO_FRAME_NAME}"]`, { state: 'attached', timeout: RUN_TIMEOUT_MS });
  const frame = await element.contentFrame();
  if (!frame) throw new Error('The course frame has no document');
  return frame;
}

/** The package to launch, and how: a SCORM package by its LMS page, or the cmi5 package by the preview's cmi5 LMS. */
export type StartupLaunch = { kind: 'scorm'; version: ScormVersion } | { kind: 'cmi5' };

/**
 * The LMS page that launches the package for a learner with no record yet: a SCORM page with an empty record, or
 * the cmi5 page (Normal mode) after the preview LMS starts a new registration, so nothing is resumed.
 */
async function firstLaunchUrl(preview: Preview, launch: StartupLaunch): Promise<URL> {
  if (launch.kind === 'scorm') {
    const query = buildLaunchQuery({ faults: {}, preload: null, fresh: true });
    return new URL(`${lmsPagePath(launch.version)}?${query}`, preview.url);
  }
  await lrsAdmin(preview, 'reset', { profile: 'cmi5' });
  return new URL(lrsPagePath('cmi5'), preview.url);
}

export interface StartupTiming {
  /** From the course frame's navigation to the first lesson text on screen. */
  firstLessonTextMs: number;
  /** From the same start to the player's Start button on screen. */
  playerReadyMs: number;
  /** From the same start until the last of the course's files (index.html, its script and stylesheet) arrived:
   * the network's share, which the bundle's size decides; the rest is the device running the course (and, for
   * cmi5, waiting for the LRS). */
  filesArrivedMs: number;
}

/** One learner's first launch in a fresh context (empty cache and record), throttled. */
export async function measureStartup(browser: Browser, preview: Preview, launch: StartupLaunch, text: WelcomeText): Promise<StartupTiming> {
  const context = await browser.newContext();
  try {
    recordRequests(context);
    await context.addInitScript({ content: firstLessonTextWatcher(text) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latencyMs,
      downloadThroughput: (THROTTLE.downKbps * 1000) / 8,
      uploadThroughput: (THROTTLE.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuSlowdown });
    await page.goto((await firstLaunchUrl(preview, launch)).href, { timeout: RUN_TIMEOUT_MS });
    const frame = await courseFrame(page);
    await frame.waitForFunction(() => window.__firstLessonTextAt !== undefined && window.__playerReadyAt !== undefined, undefined, {
      timeout: RUN_TIMEOUT_MS,
    });
    return frame.evaluate(() => {
      // The package's files are under the folder of its index.html; a cmi5 course's requests to the LRS are not.
      const packageFolder = new URL('.', location.href).href;
      return {
        firstLessonTextMs: (window.__firstLessonTextAt ?? Number.NaN) - performance.timeOrigin,
        playerReadyMs: (window.__playerReadyAt ?? Number.NaN) - performance.timeOrigin,
        filesArrivedMs: Math.max(
          ...performance.getEntriesByType('navigation').map((entry) => (entry as PerformanceNavigationTiming).responseEnd),
          ...performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.startsWith(packageFolder))
            .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
        ),
      };
    });
  } finally {
    await context.close();
  }
}
