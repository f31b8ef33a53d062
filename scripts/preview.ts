// Local LMS preview of the built packages: `tsx scripts/preview.ts [--port N] [--dist DIR]`.
// Also importable: tests start it with startPreviewServer({ port: 0, distDir }).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startPreviewServer } from '../preview/server/start-preview-server';

export { startPreviewServer } from '../preview/server/start-preview-server';
export type { PreviewServer, PreviewServerOptions } from '../preview/server/start-preview-server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, dist: { type: 'string' } },
  });
  const portText = values.port ?? process.env.PORT ?? '4173';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${portText}`);

  const server = await startPreviewServer({ port, distDir: values.dist ?? 'dist' });
  console.log(`LMS preview on ${server.url} (Ctrl+C to stop)`);
  console.log(`  SCORM 1.2:  ${server.url}lms/scorm12.html   ← ${server.zipPaths['12']}`);
  console.log(`  SCORM 2004: ${server.url}lms/scorm2004.html ← ${server.zipPaths['2004']}`);
  console.log(`  SCORM 2004 3rd edition: ${server.url}lms/scorm2004-3rd.html ← ${server.zipPaths['2004-3rd']}`);
  console.log(`  cmi5:       ${server.url}lms/cmi5.html ← ${server.zipPaths.cmi5}`);
  console.log(`  xAPI:       ${server.url}lms/xapi.html ← ${server.zipPaths.xapi}`);
  console.log(`  Second origin for crossOrigin=1: ${server.scoOrigin}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
