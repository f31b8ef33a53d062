// Set-up every browser test file used to repeat, done once per run and shared by the files running in parallel:
// one Chromium, the preview LMS serving the built course (dist/), and one serving the mini SCO that the preview's
// own tests use. Records live in each browser context's localStorage, so files sharing them cannot see each
// other's learners. Test files reach them through useBrowserAndPreview().
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startChromiumServer } from './browser';
import { buildMiniScoDist } from './mini-sco-dist';
import { startPreview, type SharedPreview } from './preview';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
    coursePreview: SharedPreview;
    miniScoPreview: SharedPreview;
  }
}

const addressOf = ({ url, scoOrigin, zipPaths }: SharedPreview): SharedPreview => ({ url, scoOrigin, zipPaths });

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    for (const item of started.reverse()) await item.close();
  };
  try {
    const chromium: BrowserServer = await startChromiumServer();
    started.push(chromium);
    const coursePreview = await startPreview();
    started.push(coursePreview);
    const miniSco = await buildMiniScoDist();
    started.push({ close: miniSco.remove });
    const miniScoPreview = await startPreview({ distDir: miniSco.distDir });
    started.push(miniScoPreview);

    project.provide('chromiumEndpoint', chromium.wsEndpoint());
    project.provide('coursePreview', addressOf(coursePreview));
    project.provide('miniScoPreview', addressOf(miniScoPreview));
  } catch (error) {
    await closeAll();
    throw error;
  }
  return closeAll;
}
