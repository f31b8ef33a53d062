// The report page as a grant manager uses it: dist/report/index.html opened from disk (file://) in Chromium, the
// real Moodle 5.0.6 downloads added through the file input, periods switched, the figures read on screen and in
// the downloaded CSV (which must equal the CLI's for the same files), printed to PDF, columns chosen for files the
// page cannot read alone, axe at zero in every step's state, and not one request beyond the page's own file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixtures';
import { axeViolations, horizontalOverflow } from './support/axe';
import { launchChromium } from './support/browser';

const pageUrl = pathToFileURL(resolve(repoRoot, 'dist/report/index.html')).href;
const moodle = (name: string): string => resolve(repoRoot, 'tests/fixtures/lms-exports/moodle-5.0.6', name);
const synthetic = (name: string): string => resolve(repoRoot, 'tests/fixtures/reports/synthetic', name);
/** A gradebook whose discipline is in "Profile field: Agency type", beside "Profile field: County". */
const AGENCY_TYPE_GRADEBOOK = synthetic('moodle-gradebook-agency-type.SYNTHETIC.csv');
/** Interactions of s1…s4; s3 gave no intake answer, so only a gradebook can say s3's discipline. */
const INTERACTIONS_WITHOUT_S3_ROLE = synthetic('moodle-interactions-pre-eval.SYNTHETIC.txt');
const MOODLE_FILES = ['scorm12_basic-tab.txt', 'scorm12_interactions.ods', 'scorm2004_basic.xlsx', 'scorm2004_interactions-tab.txt'].map(
  moodle,
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  cspViolations: string[];
  errors: string[];
}

async function openReport(width = 1280): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const requests: string[] = [];
  const cspViolations: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.exposeFunction('reportCspViolation', (violation: string) => cspViolations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report: unknown = Reflect.get(window, 'reportCspViolation');
      if (typeof report === 'function') report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pageUrl);
  return { context, page, requests, cspViolations, errors };
}

/** The cells of a table's row, by the text of its row header. */
async function rowCells(page: Page, tableId: string, rowHeader: string): Promise<string[]> {
  const row = page.locator(`#${tableId} tr`, { has: page.locator('th', { hasText: rowHeader }) }).first();
  return (await row.locator('td').allInnerTexts()).map((text) => text.trim());
}

async function addMoodleFiles(page: Page): Promise<void> {
  await page.getByLabel('Program name').fill('Anytown Task Force Training');
  await page.getByLabel('Grant number').fill('15POVC-24-GG-01234-HT');
  await page.locator('input[type=file][multiple]').setInputFiles(MOODLE_FILES);
  await page.getByRole('heading', { name: /Figures for FY2027 Q1/ }).waitFor();
}

describe('dist/report/index.html from file://', () => {
  it('says what it found in each Moodle download, and warns that the 2004 file cannot carry roles', async () => {
    const { context, page } = await openReport();
    await addMoodleFiles(page);
    const cards = page
      .getByRole('list', { name: 'Files added' })
      .getByRole('listitem')
      .filter({ has: page.locator('h3') });
    await expect.poll(() => cards.count()).toBe(4);
    const texts = await cards.allInnerTexts();
    expect(texts[0]).toContain('Moodle SCORM basic report, no roles in this report: 7 learners, 2026-12-01 … 2026-12-01');
    expect(texts[1]).toContain('Moodle SCORM interactions report, SCORM 1.2: 7 learners, 2026-12-01 … 2026-12-01');
    expect(texts[2]).toContain('Moodle SCORM basic report, no roles in this report: 9 learners');
    expect(texts[3]).toContain('Moodle prints none for SCORM 2004 packages');
    await expect
      .poll(() => page.getByRole('note', { name: 'Read before filing' }).innerText())
      .toContain('9 learners are known only from files that cannot carry the intake answer');
    await context.close();
  });

  it('shows FY2027 Q1 figures, switches periods, and downloads the same CSV the CLI writes', async () => {
    const { context, page, requests, cspViolations, errors } = await openReport();
    await addMoodleFiles(page);
    expect(await rowCells(page, 'totals-table', 'In the period')).toEqual(['16', '8', '8', '50.0%', '50.0%', '81.2']);
    expect((await rowCells(page, 'discipline-table', 'Criminal Justice: Prosecutor')).slice(0, 3)).toEqual(['1', '1', '1']);
    expect((await rowCells(page, 'discipline-table', 'Not stated')).slice(0, 3)).toEqual(['2', '0', '0']);
    expect((await rowCells(page, 'discipline-table', 'Role not in the files')).slice(0, 3)).toEqual(['9', '4', '4']);

    // The next quarter: nobody in it, all 16 since the award start.
    await page.getByLabel('Award start (for cumulative figures)').fill('2026-10-01');
    await page.getByRole('combobox', { name: /^Quarter/ }).selectOption('FY2027-Q2');
    await page.getByRole('heading', { name: /Figures for FY2027 Q2/ }).waitFor();
    expect(await rowCells(page, 'totals-table', 'In the period')).toEqual(['0', '0', '0', '–', '–', '–']);
    expect(await rowCells(page, 'totals-table', 'Cumulative since 2026-10-01')).toEqual(['16', '8', '8', '50.0%', '50.0%', '81.2']);
    // The JustGrants half that holds December 2026.
    await page.getByLabel('JustGrants half year (Jan–Jun, Jul–Dec)').check();
    await page.getByRole('heading', { name: /Figures for Jul–Dec 2026/ }).waitFor();
    expect(await rowCells(page, 'totals-table', 'In the period')).toEqual(['16', '8', '8', '50.0%', '50.0%', '81.2']);
    await page.getByLabel('Federal fiscal quarter (Oct–Dec is Q1)').check();
    await page.getByRole('combobox', { name: /^Quarter/ }).selectOption('FY2027-Q1');
    await page.getByRole('heading', { name: /Figures for FY2027 Q1/ }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('training-report-FY2027-Q1.csv');
    const pageCsv = readFileSync(await download.path(), 'utf8');
    expect(pageCsv).toContain(
      'Anytown Task Force Training,15POVC-24-GG-01234-HT,FY2027-Q1,2026-10-01,2026-12-31,2026-10-01,total,all,All trainees,reached,in_period,16,\n',
    );

    const out = join(mkdtempSync(join(tmpdir(), 'report-cli-')), 'cli.csv');
    const cli = spawnSync(
      'npx',
      [
        'tsx',
        'scripts/report.ts',
        ...MOODLE_FILES,
        '--period',
        'FY2027-Q1',
        '--award-start',
        '2026-10-01',
        '--format',
        'csv',
        '--out',
        out,
        '--program',
        'Anytown Task Force Training',
        '--grant',
        '15POVC-24-GG-01234-HT',
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(cli.status).toBe(0);
    expect(pageCsv).toBe(readFileSync(out, 'utf8'));

    expect(requests.filter((url) => url !== pageUrl)).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('prints to PDF headed with the program and grant number, without the steps that only work on screen', async () => {
    const { context, page } = await openReport();
    await addMoodleFiles(page);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.drop-zone').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Download CSV' }).isVisible()).toBe(false);
    expect(await page.locator('.report-header').innerText()).toContain('Grant 15POVC-24-GG-01234-HT. Period: FY2027 Q1 (Oct–Dec 2026).');
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await context.close();
  });

  it('names a row it could not count and counts the rest; asks which column holds what for an unknown export', async () => {
    const { context, page } = await openReport();
    await page.locator('input[type=file][multiple]').setInputFiles([synthetic('other-lms-export.SYNTHETIC.csv')]);
    await expect.poll(() => page.locator('.file-card').innerText()).toContain('1 row not counted, and why');
    expect(await page.locator('.file-problems').innerText()).toContain('row 5: date "31/13/2024" is not a date');
    await page.getByRole('combobox', { name: /^Quarter/ }).selectOption('FY2025-Q1');
    expect((await rowCells(page, 'totals-table', 'In the period')).slice(0, 3)).toEqual(['2', '1', '1']);

    const odd = join(mkdtempSync(join(tmpdir(), 'report-odd-')), 'odd-lms.csv');
    writeFileSync(odd, 'Person,When,What\nana@example.com,2024-11-05,completed\nben@example.com,2024-11-06,in progress\n');
    await page.locator('input[type=file][multiple]').setInputFiles([odd]);
    const card = page.locator('.file-card', { hasText: 'odd-lms.csv' });
    await card.getByText('say which column holds what').waitFor();
    await card.getByLabel('Learner (email, username or id) (needed)').selectOption('Person');
    await card.getByLabel('Date (needed)').selectOption('When');
    await card.getByLabel('Status (needed)').selectOption('What');
    await card.getByRole('button', { name: 'Use these columns' }).click();
    await expect.poll(() => card.innerText()).toContain('LMS export with chosen columns');
    await expect.poll(async () => (await rowCells(page, 'totals-table', 'In the period')).slice(0, 3)).toEqual(['4', '2', '1']);
    await context.close();
  });

  it('knowledge gain and evaluation from the synthetic xAPI statements, as text and chart', async () => {
    const { context, page } = await openReport();
    await page.locator('input[type=file][multiple]').setInputFiles([synthetic('xapi-statements.SYNTHETIC.json')]);
    await page.getByLabel('Dates I choose').check();
    await page.getByLabel('From').fill('2025-01-01');
    await page.getByLabel('To').fill('2025-06-30');
    await page.getByRole('heading', { name: /Figures for 2025-01-01 to 2025-06-30/ }).waitFor();
    expect(await page.locator('#knowledge-summary').innerText()).toBe(
      '3 of 3 pre-test takers have a final score: mean pre-test 33.3%, mean final 76.7%, mean gain 43.3 points; 100.0% improved.',
    );
    expect(await rowCells(page, 'knowledge-table', 'Different focuses')).toEqual(['3', '33.3%', '100.0%']);
    expect(await page.locator('#evaluation-summary').innerText()).toContain('Confidence (high or very high): 66.7% of 3');
    const chart = page.getByRole('img', { name: /Bar chart of mean pre-test and final percent correct per objective/ });
    expect(await chart.getAttribute('aria-label')).toContain('Different focuses: 33.3% before, 100.0% after');
    await context.close();
  });

  it('asks which profile field of a Moodle gradebook holds the discipline, re-reads the file, and remembers the field', async () => {
    const { context, page } = await openReport();
    await page.locator('input[type=file][multiple]').setInputFiles([INTERACTIONS_WITHOUT_S3_ROLE, AGENCY_TYPE_GRADEBOOK]);
    await page.getByLabel('Dates I choose').check();
    await page.getByLabel('From').fill('2025-01-01');
    await page.getByLabel('To').fill('2025-06-30');
    await page.getByRole('heading', { name: /Figures for 2025-01-01 to 2025-06-30/ }).waitFor();
    const card = page.locator('.file-card', { hasText: 'moodle-gradebook-agency-type.SYNTHETIC.csv' });
    const question = card.getByRole('group', { name: 'Which profile field holds the discipline?' });
    await question.waitFor();
    expect(await card.innerText()).toContain('no profile field column holding a discipline was found');
    // Only the profile fields are offered, not the names, grades or identity columns.
    expect(await question.getByRole('combobox').locator('option').allInnerTexts()).toEqual([
      '— none —',
      'Profile field: County',
      'Profile field: Agency type',
    ]);
    expect((await rowCells(page, 'discipline-table', 'Not stated')).slice(0, 1)).toEqual(['1']);
    expect((await rowCells(page, 'discipline-table', 'Medical/Mental Health Practitioner')).slice(0, 1)).toEqual(['0']);

    await question.getByLabel('Role or discipline (needed)').selectOption('Profile field: Agency type');
    await card.getByRole('button', { name: 'Use this column' }).click();
    await expect
      .poll(() => card.innerText())
      .toContain('Moodle gradebook export, discipline from "Profile field: Agency type": 3 learners');
    expect(await question.count()).toBe(0);
    await expect
      .poll(async () => (await rowCells(page, 'discipline-table', 'Medical/Mental Health Practitioner')).slice(0, 1))
      .toEqual(['1']);
    expect((await rowCells(page, 'discipline-table', 'Not stated')).slice(0, 1)).toEqual(['0']);

    // The next visit on this device reads the field without asking; the choice can still be changed.
    const again = await context.newPage();
    await again.goto(pageUrl);
    await again.locator('input[type=file][multiple]').setInputFiles([AGENCY_TYPE_GRADEBOOK]);
    const cardAgain = again.locator('.file-card');
    await expect.poll(() => cardAgain.innerText()).toContain('discipline from "Profile field: Agency type"');
    expect(await cardAgain.getByRole('group', { name: 'Which profile field holds the discipline?' }).count()).toBe(0);
    await cardAgain.getByRole('button', { name: 'Change the discipline column' }).click();
    expect(await cardAgain.getByLabel('Role or discipline (needed)').inputValue()).toBe('Profile field: Agency type');
    await context.close();
  });

  it.each([1280, 390])(
    'has no axe violation and no sideways scrolling at %i px: empty, columns asked, files read, figures shown',
    async (width) => {
      const { context, page } = await openReport(width);
      const expectClean = async (state: string): Promise<void> => {
        expect(await axeViolations(page.mainFrame()), state).toEqual([]);
        expect(await horizontalOverflow(page.mainFrame()), state).toEqual([]);
      };
      await expectClean('empty');
      const files = page.locator('input[type=file][multiple]');
      await files.setInputFiles([resolve(repoRoot, 'tests/fixtures/reports/generic-missing-date.csv'), AGENCY_TYPE_GRADEBOOK]);
      await page.getByRole('group', { name: 'Which column holds what?' }).waitFor();
      await page.getByRole('group', { name: 'Which profile field holds the discipline?' }).waitFor();
      await expectClean('both column questions asked');
      await page.getByRole('button', { name: 'Use these columns' }).click();
      await page.getByText('Pick the date column first.').waitFor();
      await expectClean('a needed column missing');
      await addMoodleFiles(page);
      await expectClean('Moodle files read, figures shown');
      await files.setInputFiles([synthetic('xapi-statements.SYNTHETIC.json')]);
      await page.getByText('voided statements left out').waitFor();
      await expectClean('knowledge gain and evaluation shown');
      await context.close();
    },
    120_000,
  );
});
