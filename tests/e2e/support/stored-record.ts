// Reads the record the harness stored, from a page of the preview's origin that does not launch the
// course, so looking cannot change it (a launch would start a session and commit).
import type { BrowserContext } from 'playwright-core';
import type { ScormVersion, StoredRecord } from '../../../preview/shared/lms-types';
import { parseStoredRecord, recordStorageKey } from '../../../preview/shared/stored-record';
import type { SharedPreview } from './preview';

export async function readStoredRecord(
  context: BrowserContext,
  preview: SharedPreview,
  version: ScormVersion,
): Promise<StoredRecord | null> {
  const page = await context.newPage();
  try {
    await page.goto(preview.url);
    const text = await page.evaluate((key) => localStorage.getItem(key), recordStorageKey(version));
    return text === null ? null : parseStoredRecord(text);
  } finally {
    await page.close();
  }
}
