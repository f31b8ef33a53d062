// Screenshots of every view of the built course, for people to look at: the browser test
// (tests/e2e/screenshots.test.ts) saves them all into test-results/screens/, and `npm run screenshots` picks the
// README's images from the same shots. Views are reached as a learner reaches them, in the plain web build
// (dist/web, from file://) with progress put on the device beforehand where a view needs it (a passed or failed
// final assessment), and in the preview LMS with the course frame 666 px high, as Moodle shows it.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { lmsPagePath } from '../../preview/server/page-templates';
import { buildLaunchQuery } from '../../preview/shared/launch-query';
import type { Course } from '../../src/content/course';
import { inlineToText } from '../../src/content/richText';
import { indexCourse, type CourseIndex } from '../../src/core/courseIndex';
import { CourseSession } from '../../src/core/session';
import { takeFinal, visitEverything } from '../../tests/support/driveSession';
import { immediateClock, MemoryTracker } from '../../tests/support/memoryTracker';
import type { SharedPreview } from '../../tests/e2e/support/preview';
import { repoRoot } from '../paths';

export const WIDTHS = [1280, 390] as const;
export type Width = (typeof WIDTHS)[number];
const HEIGHT: Record<Width, number> = { 1280: 800, 390: 844 };
/** Moodle 5's SCORM player frame is this high by default. */
export const LMS_FRAME_HEIGHT = 666;

export interface Shot {
  /** File name without extension, e.g. "page-05-who-to-include-390". */
  name: string;
  file: string;
}

/** Progress as the web build keeps it on the device (src/tracking/localTracker.ts). */
function storedProgress(course: Course, play: (session: CourseSession, index: CourseIndex) => void): { key: string; value: string } {
  const index = indexCourse(course);
  const tracker = new MemoryTracker();
  const session = new CourseSession(index, tracker, immediateClock, () => new MemoryTracker());
  session.start();
  play(session, index);
  session.flush();
  const report = tracker.last!;
  return {
    key: `course-progress:${course.id}`,
    value: JSON.stringify({
      suspendData: report.suspendData,
      completion: report.completion,
      success: report.success,
      scorePercent: report.scorePercent,
    }),
  };
}

const nextButton = (frame: Frame) => frame.getByRole('navigation', { name: 'Page' }).getByRole('button').last();

export class ScreenCapture {
  readonly shots: Shot[] = [];
  constructor(
    private readonly browser: Browser,
    private readonly course: Course,
    private readonly outDir: string,
  ) {
    mkdirSync(outDir, { recursive: true });
  }

  /** Saves the viewport, or the whole view: then the viewport is made tall enough for all of <main> (the course's
   *  scrolling region) to show, with the header above it and the page bar below. */
  private async save(page: Page, name: string, fullPage = true): Promise<void> {
    const file = join(this.outDir, `${name}.png`);
    const viewport = page.viewportSize()!;
    if (fullPage) {
      const height = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        return innerHeight - main.clientHeight + main.scrollHeight;
      });
      await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
    }
    await page.screenshot({ path: file, animations: 'disabled' });
    await page.setViewportSize(viewport);
    this.shots.push({ name, file });
  }

  /** The view now shown, at each width (full length), then back at the first width. */
  private async atEveryWidth(page: Page, name: string): Promise<void> {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT[width] });
      await page.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
      await this.save(page, `${name}-${width}`);
    }
    await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT[WIDTHS[0]] });
  }

  private async openWebBuild(progress?: { key: string; value: string }): Promise<Page> {
    const context = await this.browser.newContext({ viewport: { width: WIDTHS[0], height: HEIGHT[WIDTHS[0]] } });
    if (progress) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [progress.key, progress.value] as const);
    const page = await context.newPage();
    await page.goto(pathToFileURL(resolve(repoRoot, 'dist/web/index.html')).href);
    await page.getByRole('button', { name: /^(Start the course|Resume: )/ }).waitFor();
    return page;
  }

  async welcome(): Promise<void> {
    const page = await this.openWebBuild();
    await this.atEveryWidth(page, 'welcome');
    await page.context().close();
  }

  /** The pre-test, the menu, then every page in order as a first-time learner sees it on arrival, then the results. */
  async walk(): Promise<void> {
    const page = await this.openWebBuild();
    const frame = page.mainFrame();
    await frame.getByRole('button', { name: 'Start the course' }).click();
    const skipPretest = frame.getByRole('button', { name: 'Skip the pre-test' });
    const firstPage = frame.getByRole('heading', { level: 1, name: this.course.pages[0]?.title, exact: true });
    await skipPretest.or(firstPage).waitFor();
    if (await skipPretest.isVisible()) {
      await this.atEveryWidth(page, 'pretest');
      await skipPretest.click();
    }
    for (const [i, coursePage] of this.course.pages.entries()) {
      await frame.getByRole('heading', { level: 1, name: coursePage.title, exact: true }).waitFor();
      const name = `page-${String(i + 1).padStart(2, '0')}-${coursePage.id}`;
      await this.atEveryWidth(page, name);
      if (coursePage.contentNote) {
        await frame.getByRole('button', { name: 'Read it in full' }).click();
        await this.atEveryWidth(page, `${name}-read-in-full`);
      }
      if (i === 0) {
        await frame.getByRole('button', { name: 'Course menu' }).click();
        await this.atEveryWidth(page, 'menu-open');
        await frame.getByRole('button', { name: 'Course menu' }).click();
      }
      await nextButton(frame).click();
    }
    await frame.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    await this.atEveryWidth(page, 'results-not-complete');
    await page.context().close();
  }

  /** A knowledge check answered wrong, with its feedback: the first page that has one. */
  async feedback(): Promise<void> {
    const target = this.course.pages.find((p) => p.blocks.some((b) => b.type === 'question' && b.question.kind === 'single'));
    if (!target) return;
    const block = target.blocks.find((b) => b.type === 'question' && b.question.kind === 'single');
    if (block?.type !== 'question' || block.question.kind !== 'single') return;
    const progress = storedProgress(this.course, (session) => session.dispatch({ type: 'go', pageId: target.id }));
    const page = await this.openWebBuild(progress);
    const frame = page.mainFrame();
    await frame.getByRole('button', { name: `Resume: ${target.title}` }).click();
    const wrong = block.question.options.find((o) => !o.correct)!;
    const section = frame.locator('section.question').first();
    await section.getByLabel(inlineToText(wrong.text).replace(/\s+/g, ' ').trim(), { exact: true }).check();
    await section.getByRole('button', { name: 'Check answer' }).click();
    await section.locator('.feedback').waitFor();
    await section.scrollIntoViewIfNeeded();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT[width] });
      await section.locator('.feedback').scrollIntoViewIfNeeded();
      await this.save(page, `activity-feedback-${width}`, false);
    }
    await page.context().close();
  }

  /** The results screen after one final attempt with `rightCount` right answers, from the web build. */
  private async openResults(rightCount: number): Promise<Page> {
    const progress = storedProgress(this.course, (session, index) => {
      visitEverything(session, index);
      takeFinal(session, index, 1, rightCount);
    });
    const page = await this.openWebBuild(progress);
    await page.getByRole('button', { name: 'Course menu' }).click();
    await page.getByRole('button', { name: 'Your results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    return page;
  }

  /** The results after a pass, with a name typed for the certificate (the web build has no LMS to give one). */
  async openPassed(): Promise<Page> {
    const page = await this.openResults(Infinity);
    const name = page.getByLabel('Your name, as it should appear on the certificate');
    await name.fill('Alex Example');
    await name.blur();
    return page;
  }

  /** The results after a failed attempt (pages to review) and after a pass (next steps and certificate). */
  async results(): Promise<void> {
    const failed = await this.openResults(0);
    await this.atEveryWidth(failed, 'results-failed');
    await failed.context().close();
    const passed = await this.openPassed();
    await this.atEveryWidth(passed, 'results-passed');
    await passed.context().close();
  }

  /** The course in the preview LMS with its frame as high as Moodle's: the welcome, and a long page scrolled half
   *  way (the page bar still at the bottom of the frame). */
  async inLmsFrame(preview: SharedPreview): Promise<void> {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(`${lmsPagePath('2004')}?${buildLaunchQuery({ faults: {}, preload: null, fresh: true })}`, preview.url).href);
    const frameElement = page.locator('iframe[name="sco"]');
    await frameElement.waitFor();
    await page.evaluate((h) => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[name="sco"]')!;
      Object.assign(frame.style, { boxSizing: 'content-box', width: '1000px', height: `${h}px`, maxWidth: 'none' });
    }, LMS_FRAME_HEIGHT);
    const sco = page.frame({ name: 'sco' })!;
    await sco.getByRole('button', { name: 'Start the course' }).waitFor();
    await this.frameShot(frameElement, 'lms-frame-welcome');
    const longest = [...this.course.pages].sort((a, b) => b.blocks.length - a.blocks.length)[0]!;
    await sco.getByRole('button', { name: 'Course menu' }).click();
    await sco
      .getByRole('navigation', { name: 'Course menu' })
      .getByRole('button', { name: new RegExp(`^${longest.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .click();
    await sco.getByRole('heading', { level: 1, name: longest.title, exact: true }).waitFor();
    await sco.evaluate(() => {
      const main = document.querySelector('main')!;
      main.scrollTo(0, (main.scrollHeight - main.clientHeight) / 2);
    });
    await this.frameShot(frameElement, 'lms-frame-long-page');
    await context.close();
  }

  private async frameShot(frameElement: Locator, name: string): Promise<void> {
    const file = join(this.outDir, `${name}.png`);
    await frameElement.screenshot({ path: file, animations: 'disabled' });
    this.shots.push({ name, file });
  }
}
