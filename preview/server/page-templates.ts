// The preview's own pages, from preview/pages, with the few values only the server knows filled in.
import { readFileSync } from 'node:fs';
import type { HarnessConfig } from '../shared/harness-config';
import { apiVersionOf, type ScormPackage } from '../shared/lms-types';
import type { LrsProfile } from './lrs/preview-lms';
import { LAUNCH_FILE } from './package-zips';

const VERSION_LABEL: Record<ScormPackage, string> = { '12': 'SCORM 1.2', '2004': 'SCORM 2004', '2004-3rd': 'SCORM 2004 3rd edition' };

export function lmsPagePath(version: ScormPackage): string {
  return `/lms/scorm${version}.html`;
}

export function packageBasePath(version: ScormPackage | LrsProfile): string {
  return version === 'cmi5' || version === 'xapi' ? `/packages/${version}/` : `/packages/scorm${version}/`;
}

export function renderLmsPage(version: ScormPackage, scoOrigin: string, passMark: string | null): string {
  const other: ScormPackage = version === '12' ? '2004' : '12';
  const config: HarnessConfig = { version: apiVersionOf(version), launchPath: packageBasePath(version) + LAUNCH_FILE, scoOrigin, passMark };
  const page = fill(readPage('lms.html'), {
    title: `LMS preview — ${VERSION_LABEL[version]}`,
    otherVersionHref: lmsPagePath(other),
    otherVersionLabel: VERSION_LABEL[other],
  });
  // Not HTML-escaped like the rest: this is JSON inside a <script>, where only "<" needs care.
  return page.replace('{{config}}', JSON.stringify(config).replace(/</g, '\\u003c'));
}

export function renderChooserPage(zipPaths: Record<ScormPackage, string>, lrsZipPaths: Record<LrsProfile, string>): string {
  return fill(readPage('index.html'), {
    scorm12Zip: zipPaths['12'],
    scorm2004Zip: zipPaths['2004'],
    scorm2004ThirdZip: zipPaths['2004-3rd'],
    cmi5Zip: lrsZipPaths.cmi5,
    xapiZip: lrsZipPaths.xapi,
  });
}

const LRS_LABEL: Record<LrsProfile, string> = { cmi5: 'cmi5', xapi: 'xAPI (tincan.xml)' };

/** The LMS page for a cmi5 or xAPI package: the course, launched the way an LMS would, beside the preview LRS. */
export function lrsPagePath(profile: LrsProfile): string {
  return `/lms/${profile}.html`;
}

export function renderLrsPage(profile: LrsProfile): string {
  const page = fill(readPage('lrs.html'), { title: `LMS preview — ${LRS_LABEL[profile]}` });
  return page.replace('{{config}}', JSON.stringify({ profile }));
}

export function readPreviewCss(): string {
  return readPage('preview.css');
}

function readPage(name: string): string {
  return readFileSync(new URL(`../pages/${name}`, import.meta.url), 'utf8');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => {
    const value = values[key];
    return value === undefined ? placeholder : escapeHtml(value);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
