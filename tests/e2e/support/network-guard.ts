// Keeps browser tests on this machine: every request a context makes is recorded, so a test can show that none
// went elsewhere. The browser itself refuses any request to a non-loopback host (see browser.ts), so a course that
// reaches out fails fast and visibly.
import type { BrowserContext } from 'playwright-core';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

const requestsByContext = new WeakMap<BrowserContext, string[]>();

/** data:, blob: and about: URLs never leave the browser, so they count as local. */
export function isLocalUrl(url: string): boolean {
  const parsed = new URL(url);
  return !NETWORK_PROTOCOLS.has(parsed.protocol) || LOOPBACK_HOSTS.has(parsed.hostname);
}

/** Starts recording on a context (once), and returns its live list of requested URLs. */
export function recordRequests(context: BrowserContext): string[] {
  const known = requestsByContext.get(context);
  if (known) return known;
  const requests: string[] = [];
  requestsByContext.set(context, requests);
  context.on('request', (request) => requests.push(request.url()));
  return requests;
}

export function externalRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => !isLocalUrl(url));
}
