// Builds dist/report/index.html: the grant and coordinator report page as ONE self-contained file that opens by
// double-click from disk and never touches the network. Its script and stylesheet are inlined (Chromium refuses
// module scripts and crossorigin links from file://, so the script is a classic IIFE), and its
// Content-Security-Policy allows exactly those two by hash and nothing else: no connections, no other scripts.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { escapeHtml } from './html';
import { readCourseFacts } from './report/courseFacts';
import { distDir, repoRoot } from './paths';
import { preactAliases } from './vite/preactAliases';

export const reportPagePath = resolve(distDir, 'report', 'index.html');

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

async function bundle(): Promise<{ js: string; css: string }> {
  const outDir = resolve(repoRoot, 'build', 'report');
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: preactAliases },
    define: {
      __REPORT_COURSE_FACTS__: JSON.stringify(readCourseFacts(repoRoot)),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: resolve(repoRoot, 'src/report/page/main.tsx'),
        formats: ['iife'],
        name: 'ReportPage',
        fileName: () => 'report.js',
        cssFileName: 'report',
      },
    },
  });
  return { js: readFileSync(join(outDir, 'report.js'), 'utf8'), css: readFileSync(join(outDir, 'report.css'), 'utf8') };
}

export function reportPageHtml(title: string, js: string, css: string): string {
  // Inside an inline script, "</script" would end it early; "<\/script" means the same to JavaScript.
  const script = js.replaceAll('</script', '<\\/script').replaceAll('<!--', '<\\!--');
  const style = css.replaceAll('</style', '<\\/style');
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>Training report: ${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<div id="root"><noscript><p>This report page needs JavaScript. It runs only inside this page: nothing is sent anywhere.</p></noscript></div>
<script>${script}</script>
</body>
</html>
`;
}

/** Builds the page; returns its path and size in bytes. */
export async function buildReportPage(): Promise<{ path: string; bytes: number }> {
  const { title } = readCourseFacts(repoRoot);
  const { js, css } = await bundle();
  mkdirSync(resolve(distDir, 'report'), { recursive: true });
  const html = reportPageHtml(title, js, css);
  writeFileSync(reportPagePath, html);
  return { path: reportPagePath, bytes: Buffer.byteLength(html) };
}
