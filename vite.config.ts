import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { coursePlugin } from './scripts/vite/coursePlugin';
import { classicScriptPlugin } from './scripts/vite/classicScriptPlugin';
import { iconsPlugin } from './scripts/vite/iconsPlugin';
import { preactAliases } from './scripts/vite/preactAliases';

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
  plugins: [react(), coursePlugin(root), iconsPlugin(), classicScriptPlugin()],
  // The course ships Preact through its React compatibility layer (scripts/vite/preactAliases.ts explains why).
  resolve: { alias: preactAliases },
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
