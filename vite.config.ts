import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { coursePlugin } from './scripts/vite/coursePlugin';
import { classicScriptPlugin } from './scripts/vite/classicScriptPlugin';
import { iconsPlugin } from './scripts/vite/iconsPlugin';
import { preactAliases } from './scripts/vite/preactAliases';

const root = import.meta.dirname;

// One classic script and one stylesheet, relative paths only: the package must run from any LMS sub-path and
// from file://, so no code splitting, no module preload and no absolute base.
export default defineConfig({
  base: './',
  plugins: [react(), coursePlugin(root), iconsPlugin(), classicScriptPlugin()],
  // The course ships Preact through its React compatibility layer (scripts/vite/preactAliases.ts explains why).
  resolve: { alias: preactAliases },
  build: {
    outDir: resolve(root, 'build/web'),
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
});
