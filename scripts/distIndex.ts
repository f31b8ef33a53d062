// dist/index.html: what `npm run package` made, for whoever opens the folder: the package zips, the web build, the
// grant report page and the release folder, each with one line saying what it is for. Written last, so it links
// only what is there.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from './html';
import { distDir as defaultDistDir } from './paths';
import { CHANGELOG_FILE, GUIDE_FILE, RELEASE_FOLDER, REPORT_FOLDER } from './release';
import { CHECKSUMS_FILE } from './release/checksums';

function packageKind(zip: string): string {
  if (zip.includes('scorm12')) return 'SCORM 1.2';
  if (zip.includes('scorm2004-3rd')) return 'SCORM 2004 3rd edition';
  if (zip.includes('scorm2004')) return 'SCORM 2004';
  if (zip.endsWith('-cmi5.zip')) return 'cmi5';
  if (zip.endsWith('-xapi.zip')) return 'xAPI (tincan.xml)';
  return 'course';
}

/** Writes <distDir>/index.html and returns its path. */
export function writeDistIndex(title: string, distDir: string = defaultDistDir): string {
  const entries = readdirSync(distDir).sort();
  const kb = (path: string): string => `${(statSync(join(distDir, path)).size / 1024).toFixed(0)} KB`;
  const report = `${REPORT_FOLDER}/index.html`;
  const items = [
    ...entries
      .filter((name) => name.endsWith('.zip'))
      .map((zip) => `<li><a href="./${zip}">${zip}</a> (${kb(zip)}): upload to an LMS as a ${packageKind(zip)} package</li>`),
    ...(existsSync(join(distDir, 'web', 'index.html'))
      ? [
          '<li><a href="./web/index.html">web/index.html</a>: the course without an LMS (opens from this folder, progress stays in the browser)</li>',
        ]
      : []),
    ...(existsSync(join(distDir, report))
      ? [
          `<li><a href="./${report}">${report}</a> (${kb(report)}): the grant and coordinator report. Open it, add your LMS's downloads, pick the period; nothing leaves your computer</li>`,
        ]
      : []),
    ...(existsSync(join(distDir, RELEASE_FOLDER))
      ? [
          `<li><a href="./${RELEASE_FOLDER}/">${RELEASE_FOLDER}/</a>: what to hand a coordinator who has no terminal: the package zips, the report page, ` +
            `the coordinator guide as one printable page (<a href="./${RELEASE_FOLDER}/${GUIDE_FILE}">${GUIDE_FILE}</a>), ${CHANGELOG_FILE} and ${CHECKSUMS_FILE} to check a copy arrived whole</li>`,
        ]
      : []),
  ];
  const path = join(distDir, 'index.html');
  writeFileSync(
    path,
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<title>${escapeHtml(title)}: files</title></head>
<body>
<h1>${escapeHtml(title)}</h1>
<ul>
${items.join('\n')}
</ul>
<p>How to set each up: docs/coordinator-guide.md in the course's repository.</p>
</body>
</html>
`,
  );
  return path;
}
