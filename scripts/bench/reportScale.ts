// The report at state-wide scale: a Moodle SCORM interactions report of 16,000 learners × 62 interactions
// (992,000 interactions, as Moodle's "Download in text format" writes them, with Question, Response, Right answer
// and Result columns), generated here and never committed, then read by the CLI and by the page. Time is from
// start to the figures; memory is the peak resident set of the CLI's process and of the page's renderer process.
import { spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';

export const LEARNERS = 16_000;
export const INTERACTIONS_PER_LEARNER = 62;

const ROLE_CODES = 'abcdefghijklm';
const PRE_ITEMS = ['pt1-relying-on-providers', 'pt2-questioning-about-the-crime', 'pt3-existing-relationship'];
const FINAL_ITEMS = [
  'fa1-rely-on-partners',
  'fa1-partnership-members',
  'fa1-community-education',
  'fa1-force-augmentation',
  'fa1-survivor-needs-vary',
  'fa2-interview-purpose',
  'fa2-task-structures',
  'fa2-mindsets',
  'fa2-procedures-processes',
  'fa2-neither-focus-bad',
  'fa3-case-referral',
  'fa3-case-first-meeting',
  'fa3-case-stabilize',
  'fa3-case-t-visa',
  'fa3-challenge-roles',
];
const EVALUATION_ITEMS = ['relevant', 'clear', 'will-use', 'confidence'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Moodle's userdate() as the text download prints it: "Tuesday, 1 December 2026, 1:33 PM". */
function moodleDate(date: Date): string {
  return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, 10:15 AM`;
}

/** One learner's 62 interactions: intake role, 3 pre-test, 40 practice, 15 final, 4 evaluation. */
function interactionsOf(learner: number): string[][] {
  const correct = (n: number): boolean => (learner * 7 + n * 13) % 10 < 7;
  const list: string[][] = [['intake.role', ROLE_CODES[learner % ROLE_CODES.length]!, '', 'neutral']];
  PRE_ITEMS.forEach((item, n) => list.push([`pre.${item}`, correct(n + 50) ? 'a' : 'b', 'a', correct(n + 50) ? 'correct' : 'wrong']));
  for (let n = 0; n < 40; n += 1) list.push([`practice.kc-item-${n % 20}.m${learner.toString(36)}${n}`, 'a', 'a', 'correct']);
  FINAL_ITEMS.forEach((item, n) => list.push([`final.1.${item}`, correct(n) ? 'a' : 'b', 'a', correct(n) ? 'correct' : 'wrong']));
  EVALUATION_ITEMS.forEach((item, n) => list.push([`eval.${item}`, String(1 + ((learner + n) % 5)), '', 'neutral']));
  return list;
}

/** Writes the export; returns its size in bytes. Learners spread over FY2025 (October 2024 to September 2025). */
export async function writeStateWideExport(path: string): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const header = [
    'Name',
    '"Email address"',
    'Attempt',
    '"Started on"',
    '"Last accessed on"',
    'Score',
    '"Service Provider and Law Enforcement Collaboration"',
  ];
  for (let n = 0; n < INTERACTIONS_PER_LEARNER; n += 1)
    header.push(`"Question ${n}"`, `"Response ${n}"`, `"Right answer ${n}"`, `"Result ${n}"`);
  out.write(`${header.join('\t')}\n`);
  const start = Date.UTC(2024, 9, 1);
  for (let learner = 0; learner < LEARNERS; learner += 1) {
    const day = new Date(start + (learner % 365) * 86_400_000);
    const score = 50 + (learner % 51);
    const cells = [
      `"Learner ${learner}"`,
      `learner${learner}@example.org`,
      '1',
      `"${moodleDate(day)}"`,
      `"${moodleDate(day)}"`,
      String(score),
      `${score}/100`,
    ];
    for (const interaction of interactionsOf(learner)) cells.push(...interaction);
    if (!out.write(`${cells.join('\t')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return statSync(path).size;
}

export interface ReadMeasure {
  seconds: number;
  peakMB: number;
  reached: number;
}

/** The CLI, as a user runs it, under GNU time for its peak resident set. */
export function measureCli(repoRoot: string, exportPath: string, outPath: string): ReadMeasure {
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'peak-kb %M',
      'node',
      '--import',
      'tsx',
      'scripts/report.ts',
      exportPath,
      '--period',
      '2025-H1',
      '--format',
      'csv',
      '--out',
      outPath,
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const peakKb = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  if (result.status !== 0 || peakKb === undefined) throw new Error(`the report CLI failed on the large export:\n${result.stderr}`);
  const reached = /total,all,All trainees,reached,in_period,(\d+),/.exec(readFileSync(outPath, 'utf8'))?.[1];
  return { seconds, peakMB: Number(peakKb) / 1024, reached: Number(reached) };
}

/** Peak resident set (VmHWM) of a process, in MB. */
function peakResidentMB(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

/** The page from file://: the file through its file input, until it says it has read it and shows the figures. */
export async function measurePage(browser: Browser, pagePath: string, exportPath: string): Promise<ReadMeasure> {
  const page = await browser.newPage();
  const session = await browser.newBrowserCDPSession();
  try {
    await page.goto(pathToFileURL(pagePath).href);
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    const renderers = processInfo.filter((process) => process.type === 'renderer').map((process) => process.id);
    const started = performance.now();
    await page.locator('input[type=file][multiple]').setInputFiles(exportPath);
    await page.getByText(/^Read 1 file in/).waitFor({ timeout: 120_000 });
    const seconds = (performance.now() - started) / 1000;
    await page.getByRole('radio', { name: /JustGrants half year/ }).check();
    await page.getByRole('combobox', { name: /^Half year/ }).selectOption('2025-H1');
    const reached = Number((await page.locator('#totals-table tbody tr').first().locator('td').first().innerText()).trim());
    return { seconds, peakMB: Math.max(...renderers.map(peakResidentMB)), reached };
  } finally {
    await session.detach();
    await page.close();
  }
}
