// `npm run screenshots` (after `npm run package`): the README's images in docs/images/, made by the same code as
// the screenshot test (scripts/screenshots/views.ts): the welcome screen on a laptop and on a phone, a knowledge
// check with its feedback, and the results with the certificate.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCourse } from '../src/content/load';
import { launchChromium } from '../tests/e2e/support/browser';
import { repoRoot } from './paths';
import { ScreenCapture } from './screenshots/views';

/** Shot name → README image file name. */
const README_IMAGES: Record<string, string> = {
  'welcome-1280': 'welcome.png',
  'welcome-390': 'welcome-phone.png',
  'activity-feedback-1280': 'activity.png',
  'results-passed-1280': 'results-certificate.png',
};

async function main(): Promise<void> {
  const course = loadCourse(repoRoot);
  const scratch = mkdtempSync(join(tmpdir(), 'course-screens-'));
  const browser = await launchChromium();
  try {
    const capture = new ScreenCapture(browser, course, scratch);
    await capture.welcome();
    await capture.feedback();
    await capture.results();
    const outDir = join(repoRoot, 'docs', 'images');
    mkdirSync(outDir, { recursive: true });
    for (const shot of capture.shots) {
      const name = README_IMAGES[shot.name];
      if (!name) continue;
      copyFileSync(shot.file, join(outDir, name));
      console.log(`docs/images/${name}`);
    }
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
