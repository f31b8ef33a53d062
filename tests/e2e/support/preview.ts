// The LMS preview server for a test file, on a free port.
import { startPreviewServer, type PreviewServer } from '../../../preview/server/start-preview-server';

export type Preview = PreviewServer;

/** distDir defaults to "dist", where `npm run package` puts the course's zips. */
export function startPreview(options: { distDir?: string } = {}): Promise<Preview> {
  return startPreviewServer({ port: 0, distDir: options.distDir ?? 'dist' });
}
