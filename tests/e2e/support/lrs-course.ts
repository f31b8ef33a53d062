// Opening a cmi5 or xAPI package in the preview's LMS page, and reading what the preview LRS stored.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { lrsPagePath } from '../../../preview/server/page-templates';
import type { LrsProfile } from '../../../preview/server/lrs/preview-lms';
import type { StoredStatement } from '../../../preview/server/lrs/lrs-store';
import { recordRequests } from './network-guard';
import type { SharedPreview as Preview } from './preview';

export interface LrsLog {
  statements: StoredStatement[];
  refusals: { reason: string }[];
  launches: { profile: LrsProfile; registration: string; sessionId: string; fetchId: string | null; url: string }[];
  fetchCalls: Record<string, number>;
}

export interface LrsCourse {
  page: Page;
  context: BrowserContext;
  readonly sco: Frame;
}

export interface LrsLaunchOptions {
  profile: LrsProfile;
  mode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnUrl?: string;
  context?: BrowserContext;
}

export async function openLrsCourse(browser: Browser, preview: Preview, options: LrsLaunchOptions): Promise<LrsCourse> {
  const context = options.context ?? (await browser.newContext());
  recordRequests(context);
  const page = await context.newPage();
  const query = new URLSearchParams();
  if (options.mode) query.set('mode', options.mode);
  if (options.masteryScore !== undefined) query.set('masteryScore', String(options.masteryScore));
  if (options.returnUrl) query.set('returnUrl', options.returnUrl);
  await page.goto(new URL(`${lrsPagePath(options.profile)}?${query}`, preview.url).href);
  const element = await page.waitForSelector('iframe[name="sco"]', { state: 'attached' });
  await (await element.contentFrame())?.waitForLoadState('load');
  return {
    page,
    context,
    get sco() {
      const frame = page.frame({ name: 'sco' });
      if (!frame) throw new Error('The course frame is not on the page');
      return frame;
    },
  };
}

export async function lrsLog(preview: Preview): Promise<LrsLog> {
  return (await (await fetch(new URL('lrs/admin/log', preview.url))).json()) as LrsLog;
}

export async function lrsAdmin(preview: Preview, action: 'reset' | 'down', params: Record<string, string>): Promise<void> {
  const response = await fetch(new URL(`lrs/admin/${action}?${new URLSearchParams(params)}`, preview.url), { method: 'POST' });
  if (!response.ok) throw new Error(`${action}: ${response.status}`);
}

export type Statement = StoredStatement['statement'] & {
  verb: { id: string; display: Record<string, string> };
  object: { id: string };
  result?: Record<string, unknown>;
  context: { registration?: string; extensions?: Record<string, unknown>; contextActivities?: { category?: { id: string }[] } };
  timestamp: string;
};

/** The statements of one session (by the cmi5 session id, or for xAPI by registration and order), oldest first. */
export function statementsOf(log: LrsLog, sessionId: string): Statement[] {
  return log.statements
    .map((s) => s.statement as Statement)
    .filter((s) => s.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === sessionId);
}

export const verbOf = (statement: Statement) => statement.verb.display['en-US'] ?? statement.verb.id;

export const categoriesOf = (statement: Statement) =>
  (statement.context.contextActivities?.category ?? []).map((c) => c.id.replace('https://w3id.org/xapi/cmi5/context/categories/', ''));

/** Waits until the LRS holds a statement that matches, polling; the course sends in the background. */
export async function waitForStatement(preview: Preview, matches: (statement: Statement) => boolean, timeoutMs = 20_000): Promise<LrsLog> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await lrsLog(preview);
    if (log.statements.some((s) => matches(s.statement as Statement))) return log;
    if (Date.now() > deadline) {
      const verbs = log.statements.map((s) => verbOf(s.statement as Statement)).join(', ');
      throw new Error(
        `The LRS did not receive the statement in time; it has: ${verbs}; refused: ${log.refusals.map((r) => r.reason).join(' | ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
