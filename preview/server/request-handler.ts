// Routes of the preview server. The same handler answers on both origins: the main one, and the
// second one the crossOrigin fault loads the course from.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { apiVersionOf, SCORM_PACKAGES, type ScormPackage } from '../shared/lms-types';
import { contentTypeFor } from './content-types';
import { LAUNCH_FILE, type PackageSource } from './package-zips';
import {
  lmsPagePath,
  lrsPagePath,
  packageBasePath,
  readPreviewCss,
  renderChooserPage,
  renderLmsPage,
  renderLrsPage,
} from './page-templates';
import { routeLrs } from './lrs/lrs-routes';
import { describePackage, LRS_PROFILES, type LrsProfile, type PreviewLms } from './lrs/preview-lms';
import { MANIFEST_FILE, manifestPassMark } from '../shared/manifest-pass-mark';

export interface PreviewRoutes {
  packages: Record<ScormPackage, PackageSource>;
  lrsPackages: Record<LrsProfile, PackageSource>;
  lms: PreviewLms;
  harnessScript: string;
  lrsPageScript: string;
  mainOrigin(): string;
  scoOrigin(): string;
}

export function createRequestHandler(routes: PreviewRoutes) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://preview.invalid');
    if (url.pathname.startsWith('/lrs/')) {
      void answerLrs(routes, request, url, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    try {
      route(routes, new URL(request.url ?? '/', 'http://preview.invalid').pathname, response);
    } catch (error) {
      send(response, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
    }
  };
}

function route(routes: PreviewRoutes, path: string, response: ServerResponse): void {
  if (path === '/') {
    send(
      response,
      200,
      'text/html; charset=utf-8',
      renderChooserPage(currentZipPaths(routes.packages), currentLrsZipPaths(routes.lrsPackages)),
    );
    return;
  }
  if (path === '/preview.css') {
    send(response, 200, contentTypeFor(path), readPreviewCss());
    return;
  }
  if (path === '/lms/harness.js') {
    send(response, 200, contentTypeFor(path), routes.harnessScript);
    return;
  }
  if (path === '/lms/lrs-page.js') {
    send(response, 200, contentTypeFor(path), routes.lrsPageScript);
    return;
  }
  for (const profile of LRS_PROFILES) {
    if (path === lrsPagePath(profile)) {
      send(response, 200, 'text/html; charset=utf-8', renderLrsPage(profile));
      return;
    }
    const base = packageBasePath(profile);
    if (path.startsWith(base)) {
      servePackageFile(routes.lrsPackages[profile], path.slice(base.length), response);
      return;
    }
  }
  for (const version of SCORM_PACKAGES) {
    if (path === lmsPagePath(version)) {
      const manifest = routes.packages[version].current().files.get(MANIFEST_FILE);
      const passMark = manifest ? manifestPassMark(apiVersionOf(version), new TextDecoder().decode(manifest)) : null;
      send(response, 200, 'text/html; charset=utf-8', renderLmsPage(version, routes.scoOrigin(), passMark));
      return;
    }
    const base = packageBasePath(version);
    if (path.startsWith(base)) {
      servePackageFile(routes.packages[version], path.slice(base.length), response);
      return;
    }
  }
  send(response, 404, 'text/plain; charset=utf-8', `Not found: ${path}`);
}

export function currentZipPaths(packages: Record<ScormPackage, PackageSource>): Record<ScormPackage, string> {
  return {
    '12': packages['12'].current().zipPath,
    '2004': packages['2004'].current().zipPath,
    '2004-3rd': packages['2004-3rd'].current().zipPath,
  };
}

export function currentLrsZipPaths(packages: Record<LrsProfile, PackageSource>): Record<LrsProfile, string> {
  return { cmi5: packages.cmi5.current().zipPath, xapi: packages.xapi.current().zipPath };
}

const DESCRIPTOR: Record<LrsProfile, string> = { cmi5: 'cmi5.xml', xapi: 'tincan.xml' };

async function answerLrs(routes: PreviewRoutes, request: IncomingMessage, url: URL, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    const reply = routeLrs(
      {
        lms: routes.lms,
        origin: routes.mainOrigin(),
        describe: (profile) => {
          const descriptor = routes.lrsPackages[profile].current().files.get(DESCRIPTOR[profile]);
          return describePackage(profile, new TextDecoder().decode(descriptor));
        },
        launchPath: (profile) => packageBasePath(profile) + LAUNCH_FILE,
      },
      { method: request.method ?? 'GET', url, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') },
    );
    if (reply) send(response, reply.status, reply.contentType, reply.body);
    else send(response, 404, 'text/plain; charset=utf-8', `Not found: ${url.pathname}`);
  } catch (error) {
    send(response, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
  }
}

// Looked up by exact name in the zip's file list, so "../" can never reach outside the package.
function servePackageFile(source: PackageSource, encodedPath: string, response: ServerResponse): void {
  let path: string;
  try {
    path = decodeURIComponent(encodedPath);
  } catch {
    send(response, 400, 'text/plain; charset=utf-8', 'Bad path');
    return;
  }
  const data = source.current().files.get(path);
  if (!data) {
    send(response, 404, 'text/plain; charset=utf-8', `Not in the package: ${path}`);
    return;
  }
  send(response, 200, contentTypeFor(path), data);
}

/** Text worth compressing: LMS web servers gzip these, so the preview does too, or its timings would mislead. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/;
const MIN_COMPRESSED_BYTES = 1024;

function send(response: ServerResponse, status: number, contentType: string, body: string | Uint8Array): void {
  const raw = typeof body === 'string' ? Buffer.from(body) : body;
  const acceptsGzip = /\bgzip\b/.test(String(response.req.headers['accept-encoding'] ?? ''));
  const compress = acceptsGzip && COMPRESSIBLE.test(contentType) && raw.byteLength >= MIN_COMPRESSED_BYTES;
  const payload = compress ? gzipSync(raw) : raw;
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': payload.byteLength,
    ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    Vary: 'Accept-Encoding',
    // A rebuilt package must show on the next reload.
    'Cache-Control': 'no-store',
    // Like a strict LMS: a file served with the wrong type fails here rather than in production.
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(response.req.method === 'HEAD' ? undefined : payload);
}
