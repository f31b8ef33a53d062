// Bundles the harness page's TypeScript (preview/harness) with scorm-again into one classic script,
// in memory, when the server starts. Built once per process and shared by every server it starts.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const HARNESS_ENTRY = fileURLToPath(new URL('../harness/main.ts', import.meta.url));

let harnessScript: Promise<string> | undefined;

export function buildHarnessScript(): Promise<string> {
  harnessScript ??= bundle();
  return harnessScript;
}

async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    // The project's own Vite config is for the course; the harness is built on its own.
    root: fileURLToPath(new URL('../harness/', import.meta.url)),
    build: {
      write: false,
      // Unminified, so the harness can be read and stepped through in the browser's dev tools.
      minify: false,
      lib: { entry: HARNESS_ENTRY, formats: ['iife'], name: 'LmsPreviewHarness', fileName: () => 'harness.js' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    for (const item of result.output) {
      if (item.type === 'chunk' && item.isEntry) return item.code;
    }
  }
  throw new Error('Building the harness script produced no entry chunk.');
}
