// Bundles a preview page's TypeScript into one classic script, in memory, when the server starts: the SCORM LMS
// page's (preview/harness, with scorm-again) and the LRS page's (preview/lrs-page). Built once per process and
// shared by every server it starts.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ENTRIES = {
  scorm: fileURLToPath(new URL('../harness/main.ts', import.meta.url)),
  lrs: fileURLToPath(new URL('../lrs-page/main.ts', import.meta.url)),
};

const scripts = new Map<keyof typeof ENTRIES, Promise<string>>();

export function buildHarnessScript(page: keyof typeof ENTRIES = 'scorm'): Promise<string> {
  let script = scripts.get(page);
  if (!script) {
    script = bundle(ENTRIES[page]);
    scripts.set(page, script);
  }
  return script;
}

async function bundle(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    // The project's own Vite config is for the course; the harness is built on its own.
    root: dirname(entry),
    build: {
      write: false,
      // Unminified, so the harness can be read and stepped through in the browser's dev tools.
      minify: false,
      lib: { entry, formats: ['iife'], name: 'LmsPreviewHarness', fileName: () => 'harness.js' },
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
