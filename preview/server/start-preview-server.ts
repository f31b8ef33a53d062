// Starts the local LMS preview: the harness pages and the course packages, on 127.0.0.1, plus a
// second origin serving the same files for the crossOrigin fault.
import { createServer, type Server } from 'node:http';
import type { ScormPackage } from '../shared/lms-types';
import { buildHarnessScript } from './build-harness-script';
import { createPackageSource } from './package-zips';
import { LrsStore } from './lrs/lrs-store';
import { PreviewLms, type LrsProfile } from './lrs/preview-lms';
import { createRequestHandler, currentLrsZipPaths, currentZipPaths } from './request-handler';

export interface PreviewServerOptions {
  /** 0 picks any free port. Default 4173. */
  port?: number;
  /** Where the *-scorm12.zip and *-scorm2004.zip are. Default "dist". */
  distDir?: string;
  /** Default 127.0.0.1: the preview is for this machine only. */
  host?: string;
}

export interface PreviewServer {
  /** The chooser page, e.g. http://127.0.0.1:4173/ */
  url: string;
  /** The second origin, e.g. http://127.0.0.1:40123 */
  scoOrigin: string;
  /** The zips being served, as found at start. */
  zipPaths: Record<ScormPackage | LrsProfile, string>;
  close(): Promise<void>;
}

export async function startPreviewServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const { port = 4173, distDir = 'dist', host = '127.0.0.1' } = options;
  const packages = {
    '12': createPackageSource(distDir, { suffix: '-scorm12.zip', descriptor: 'imsmanifest.xml' }),
    '2004': createPackageSource(distDir, { suffix: '-scorm2004.zip', descriptor: 'imsmanifest.xml' }),
    '2004-3rd': createPackageSource(distDir, { suffix: '-scorm2004-3rd.zip', descriptor: 'imsmanifest.xml' }),
  };
  const lrsPackages = {
    cmi5: createPackageSource(distDir, { suffix: '-cmi5.zip', descriptor: 'cmi5.xml' }),
    xapi: createPackageSource(distDir, { suffix: '-xapi.zip', descriptor: 'tincan.xml' }),
  };
  // Read now so a missing or broken zip stops the start with its message, not a 500 later.
  const zipPaths = { ...currentZipPaths(packages), ...currentLrsZipPaths(lrsPackages) };
  const harnessScript = await buildHarnessScript('scorm');
  const lrsPageScript = await buildHarnessScript('lrs');

  let scoOrigin = '';
  let mainOrigin = '';
  const handler = createRequestHandler({
    packages,
    lrsPackages,
    lms: new PreviewLms(new LrsStore()),
    harnessScript,
    lrsPageScript,
    mainOrigin: () => mainOrigin,
    scoOrigin: () => scoOrigin,
  });
  const main = await listen(createServer(handler), port, host);
  mainOrigin = originOf(main, host);
  const second = await listen(createServer(handler), 0, host).catch(async (error: unknown) => {
    await closeServer(main);
    throw error;
  });
  scoOrigin = originOf(second, host);

  return {
    url: `${originOf(main, host)}/`,
    scoOrigin,
    zipPaths,
    close: async () => {
      await Promise.all([closeServer(main), closeServer(second)]);
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is in use: pass --port N or set PORT.`) : error);
    });
    server.listen(port, host, () => resolve(server));
  });
}

function originOf(server: Server, host: string): string {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The preview server is not listening on a port.');
  return `http://${host}:${address.port}`;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Browsers keep connections open; without this, close() waits for them to time out.
    server.closeAllConnections();
  });
}
