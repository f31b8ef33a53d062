// The one way browser tests start Chromium: the system's, headless, with nothing phoning home.
// Never downloads a browser.
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** Chromium features Playwright turns off (its chromiumSwitches), repeated here because Chromium keeps only the
 *  last --disable-features switch it is given. tests/unit/chromiumFeatures.test.ts checks the list against the
 *  installed Playwright. */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AimEnabled',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsFirstBalancedModeAutoEnable',
  'HttpsUpgrades',
  'LensOverlay',
  'MediaRouter',
  'NetworkTimeServiceQuerying',
  'OptimizationHints',
  'PaintHolding',
  'PreconnectToSearch',
  'TcpPortRandomizationWin',
  'ThirdPartyStoragePartitioning',
  'msEdgeUpdateLaunchServicesPreferredVersion',
  'msForceBrowserSignIn',
];

/** Every browser context is a window, and Chromium 156 gives each window the address bar's suggestion popups as
 *  web pages in renderers of their own, which nobody sees here: in a run of the browser tests they used 63 of the
 *  543 CPU-seconds the machine was busy. */
const UNSEEN_WINDOW_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    // Frames as soon as they are ready rather than at 60 per second: every click waits for the element to hold
    // still over two animation frames, and a full course walk has several hundred clicks (8.8 s → 7.2 s each).
    '--disable-gpu-vsync',
    '--disable-frame-rate-limit',
    // Nothing leaves this machine: a request to any other host goes to a proxy that is not there and fails at once
    // (loopback is never proxied). Blocking it here rather than with Playwright's request routing spares every
    // request a round trip to the test process, and keeps the browser's cache on.
    '--proxy-server=http://127.0.0.1:9',
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_WINDOW_FEATURES].join(',')}`,
  ],
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch(LAUNCH_OPTIONS);
}

/** A Chromium that test files in other processes connect to (see globalSetup.ts). */
export function startChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH_OPTIONS);
}

export function connectToChromium(endpoint: string): Promise<Browser> {
  return chromium.connect(endpoint);
}
