import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { coursePlugin } from './scripts/vite/coursePlugin';
import { classicScriptPlugin } from './scripts/vite/classicScriptPlugin';

const root = import.meta.dirname;

/** The build mode of the cmi5 and xAPI packages: the player with the xAPI trackers. */
export const LRS_MODE = 'lrs';

// One classic script and one stylesheet, relative paths only: the package must run from any LMS sub-path and
// from file://, so no code splitting, no module preload and no absolute base.
// Two builds: the default one (web and SCORM packages) and the lrs one (cmi5 and xAPI packages). Only the second
// carries the xAPI code, so the SCORM packages' startup does not grow with it: import.meta.env.COURSE_LRS is false
// in the first, and the minifier drops the branch that imports the xAPI trackers.
export default defineConfig(({ mode }) => ({
  base: './',
  define: { 'import.meta.env.COURSE_LRS': JSON.stringify(mode === LRS_MODE) },
  plugins: [react(), coursePlugin(root), classicScriptPlugin()],
  // The course ships Preact through its React compatibility layer: React 19's react-dom alone is ~62 KB gzip,
  // over half the 100 KB startup budget (perf-budget.json), where preact/compat is ~5 KB and runs the same
  // components. Only this config (the course build) aliases; the component tests (vitest.config.ts) keep
  // React, and the browser tests drive this Preact build. Exact matches, so no other package is touched.
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
    ],
  },
  build: {
    outDir: resolve(root, mode === LRS_MODE ? 'build/lrs' : 'build/web'),
    emptyOutDir: true,
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        format: 'iife',
        entryFileNames: 'assets/app.js',
        assetFileNames: 'assets/app[extname]',
        codeSplitting: false,
      },
    },
  },
}));
