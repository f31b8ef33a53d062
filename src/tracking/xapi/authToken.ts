// The cmi5 auth token (spec 8.2): one POST to the fetch URL, never a second. The token is kept in
// sessionStorage under the fetch URL, so a reload in the same session uses it again instead of asking twice;
// the same record says when this session has sent terminated, after which nothing more may be sent.
import type { Fetch } from './lrsClient';

export interface StoredToken {
  token: string;
  terminated: boolean;
}

export class AuthTokenError extends Error {}

const storageKey = (fetchUrl: string) => `cmi5-auth:${fetchUrl}`;

export function readStoredToken(storage: Storage | null, fetchUrl: string): StoredToken | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey(fetchUrl)) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { token, terminated } = parsed as Record<string, unknown>;
    return typeof token === 'string' ? { token, terminated: terminated === true } : null;
  } catch {
    return null;
  }
}

export function storeToken(storage: Storage | null, fetchUrl: string, value: StoredToken): void {
  try {
    storage?.setItem(storageKey(fetchUrl), JSON.stringify(value));
  } catch {
    // Without sessionStorage a reload cannot reuse the token; the session itself works the same.
  }
}

/** The token this session uses: the stored one, or the fetch URL's answer to its one POST. */
export async function obtainAuthToken(fetchFn: Fetch, storage: Storage | null, fetchUrl: string): Promise<StoredToken> {
  const stored = readStoredToken(storage, fetchUrl);
  if (stored) return stored;
  let body: unknown;
  try {
    const response = await fetchFn(fetchUrl, { method: 'POST', credentials: 'omit', cache: 'no-store' });
    body = await response.json();
  } catch (error) {
    throw new AuthTokenError(`The LMS's fetch URL did not give a token: ${error instanceof Error ? error.message : String(error)}`);
  }
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const token = record['auth-token'];
  if (typeof token !== 'string' || token === '') {
    const code = JSON.stringify(record['error-code'] ?? null);
    const text = typeof record['error-text'] === 'string' ? `: ${record['error-text']}` : '';
    throw new AuthTokenError(`The LMS's fetch URL refused a token (error ${code}${text})`);
  }
  const value = { token, terminated: false };
  storeToken(storage, fetchUrl, value);
  return value;
}
