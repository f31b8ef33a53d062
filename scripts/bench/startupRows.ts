// The bench's startup rows: first lesson text and player ready, each the median of a few throttled first launches,
// for the SCORM packages' player and for the cmi5 package's, each launched the way its LMS launches it.
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import type { Preview } from '../../tests/e2e/support/preview';
import { atMost, type Budgets } from './budgets';
import { measureStartup, THROTTLE, type StartupLaunch, type StartupTiming, type WelcomeText } from './startup';
import { seconds, type Row } from './table';

/** Timed runs, after one untimed run that warms Chromium and the preview up. */
const STARTUP_RUNS = 5;

/**
 * SCORM 1.2 stands for the SCORM packages: the most LMSs take it, and the three share one bundle. The cmi5 package
 * stands for the xAPI one: the same bundle, but the cmi5 launch asks the LRS for more before the player shows.
 */
const STARTUP_PACKAGES: readonly { label: string; launch: StartupLaunch }[] = [
  { label: 'SCORM 1.2', launch: { kind: 'scorm', version: '12' } },
  { label: 'cmi5', launch: { kind: 'cmi5' } },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function spread(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `${seconds(median(sorted))} median of ${STARTUP_RUNS} (min ${seconds(sorted[0]!)}, max ${seconds(sorted[sorted.length - 1]!)})`;
}

export async function startupRows(
  browser: Browser,
  preview: Preview,
  budgets: Pick<Budgets, 'firstLessonTextMs'>,
  welcome: WelcomeText,
): Promise<Row[]> {
  const throttle = `${THROTTLE.downKbps / 1000} Mbps / ${THROTTLE.latencyMs} ms / CPU ×${THROTTLE.cpuSlowdown}`;
  // Timing on a shared machine is only as quiet as the machine; the last row says how busy it was.
  const load = loadavg()[0] ?? 0;
  const rows: Row[] = [];
  for (const { label, launch } of STARTUP_PACKAGES) {
    await measureStartup(browser, preview, launch, welcome); // the untimed warm-up run
    const runs: StartupTiming[] = [];
    for (let run = 0; run < STARTUP_RUNS; run++) runs.push(await measureStartup(browser, preview, launch, welcome));
    const firstText = runs.map((run) => run.firstLessonTextMs);
    rows.push({
      measure: `first lesson text (pre-rendered welcome), ${label}, ${throttle}`,
      value: spread(firstText),
      verdict: atMost(median(firstText), budgets.firstLessonTextMs, seconds),
    });
    rows.push({ measure: `player ready (Start button), ${label}, ${throttle}`, value: spread(runs.map((run) => run.playerReadyMs)) });
    rows.push({
      measure: "  of which downloading the course's files (gzip, as LMS servers send them)",
      value: `${seconds(median(runs.map((run) => run.filesArrivedMs)))} median`,
    });
  }
  rows.push({ measure: 'machine load (1-minute average) before timing', value: load.toFixed(2) });
  return rows;
}
