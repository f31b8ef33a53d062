// Imported by this folder's tests, which run in Node (// @vitest-environment node): the unit project's shared
// tests/setup.ts clears localStorage after every test, and only jsdom provides one, so give Node an empty one.
import { vi } from 'vitest';

if (!('localStorage' in globalThis)) vi.stubGlobal('localStorage', { clear: () => undefined });
