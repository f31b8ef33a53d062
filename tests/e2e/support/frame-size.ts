import type { Page } from 'playwright-core';

/** The course frame at exactly this size in CSS px (the LMS page around it is made wide enough). */
export async function sizeFrame(page: Page, width: number, height: number): Promise<void> {
  await page.evaluate(
    ([w, h]) => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[name="sco"]')!;
      Object.assign(frame.style, { boxSizing: 'content-box', width: `${w}px`, height: `${h}px`, maxWidth: 'none' });
    },
    [width, height] as const,
  );
}
