// Every view of the course at 1280 and 390 px, and inside a 666-px-high LMS frame, saved as PNGs into
// test-results/screens/ (not committed) for people to look at; `npm run screenshots` makes the README's images
// from the same code (scripts/screenshots/views.ts). Also checks what a screenshot cannot: the page bar is on
// screen in the short frame, and the certificate prints alone on one page of Letter and of A4.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LMS_FRAME_HEIGHT, ScreenCapture, WIDTHS } from '../../scripts/screenshots/views';
import { repoRoot } from '../support/fixtures';
import { openCourse } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { course, start } from './support/learner';

const env = useBrowserAndPreview();
const outDir = resolve(repoRoot, 'test-results/screens');

describe('screenshots of every view', () => {
  it('saves the welcome, the menu, every page and the results at 1280 and 390 px', async () => {
    const capture = new ScreenCapture(env.browser, course, outDir);
    await capture.welcome();
    await capture.walk();
    await capture.feedback();
    await capture.results();
    await capture.inLmsFrame(env.preview);
    const names = capture.shots.map((s) => s.name);
    for (const width of WIDTHS) {
      expect(names).toContain(`welcome-${width}`);
      expect(names).toContain(`results-passed-${width}`);
      expect(names.filter((n) => /^page-\d+-[a-z-]+-\d+$/.test(n) && !n.includes('-read-in-full') && n.endsWith(`-${width}`))).toHaveLength(
        course.pages.length,
      );
    }
    console.log(`screenshots: ${capture.shots.length} PNGs in ${outDir}`);
  }, 600_000);
});

describe('in a 666-px-high LMS frame and on a phone', () => {
  it('keeps Back, Next and the progress on screen at the bottom of the frame, never over the content, on every page', async () => {
    const run = await openCourse(env.browser, env.preview, { version: '2004' });
    await run.page.setViewportSize({ width: 1280, height: 900 });
    const sizes = [
      { width: 1000, height: LMS_FRAME_HEIGHT },
      { width: 390, height: 844 },
    ];
    const sco = run.sco;
    await start(sco);
    const misplaced: string[] = [];
    for (const [i, page] of course.pages.entries()) {
      await sco.getByRole('heading', { level: 1, name: page.title, exact: true }).waitFor();
      for (const { width, height } of sizes) {
        await run.page.evaluate(
          ([w, h]) => {
            Object.assign(document.querySelector<HTMLIFrameElement>('iframe[name="sco"]')!.style, {
              boxSizing: 'content-box',
              width: `${w}px`,
              height: `${h}px`,
              maxWidth: 'none',
            });
          },
          [width, height] as const,
        );
        // At the top of the page and half way down, the bar sits at the bottom of the frame.
        for (const at of [0, 0.5]) {
          const bar = await sco.evaluate((fraction) => {
            const main = document.querySelector('main')!;
            main.scrollTo(0, (main.scrollHeight - main.clientHeight) * fraction);
            const rect = document.querySelector('nav.page-nav')!.getBoundingClientRect();
            const content = main.getBoundingClientRect();
            return {
              top: rect.top,
              bottom: rect.bottom,
              viewport: innerHeight,
              contentBottom: content.bottom,
              documentScrolls: document.documentElement.scrollHeight > innerHeight,
            };
          }, at);
          // The bar ends at the frame's bottom edge, the content ends where the bar begins, and the frame itself
          // does not scroll (only the course's content does: no second scroll bar beside the LMS's).
          const placed = Math.abs(bar.bottom - bar.viewport) <= 1 && bar.contentBottom <= bar.top + 1 && !bar.documentScrolls;
          if (!placed) misplaced.push(`${page.id} at ${width}×${height}, scrolled ${at * 100}%: ${JSON.stringify(bar)}`);
        }
      }
      if (i < course.pages.length - 1) await sco.getByRole('navigation', { name: 'Page' }).getByRole('button').last().click();
    }
    expect(misplaced).toEqual([]);
    await run.context.close();
  }, 300_000);
});

describe('the certificate on paper', () => {
  it('prints alone on one landscape page of Letter and of A4', async () => {
    const capture = new ScreenCapture(env.browser, course, outDir);
    const page = await capture.openPassed();
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    for (const format of ['Letter', 'A4'] as const) {
      // "Print" marks the certificate as the one printout; making the PDF ends printing (afterprint) again.
      await page.getByRole('button', { name: /^Print the certificate/ }).click();
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const shown = [...document.body.children].filter((el) => (el as HTMLElement).checkVisibility());
        return shown.map((el) => `${el.className}: ${(el as HTMLElement).innerText.replace(/\s+/g, ' ').slice(0, 80)}`);
      });
      expect(printed, `${format}: only the certificate prints`).toEqual([
        expect.stringMatching(/^print-alone certificate-printout print-alone-active: .*Alex Example/),
      ]);
      const pdf = await page.pdf({ format, landscape: true, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${format}: pages`).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.context().close();
  }, 120_000);
});
