// Chromium refuses module scripts and crossorigin links from file://, and some LMSs serve packages from
// origins where module scripts fail too. The bundle is a single IIFE, so a classic deferred script does the job.
import type { Plugin } from 'vite';

export function classicScriptPlugin(): Plugin {
  return {
    name: 'classic-script',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html
          .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
          .replace(/<script type="module" src=/g, '<script defer src=')
          .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href=');
      },
    },
  };
}
