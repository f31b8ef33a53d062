// The LMS preview server for browser tests, on a free port.
import { startPreviewServer, type PreviewServer } from '../../../preview/server/start-preview-server';

export type Preview = PreviewServer;

/** Where a preview started by the global set-up answers; test files may use it but not close it. */
export type SharedPreview = Omit<PreviewServer, 'close'>;

/** distDir defaults to "dist", where `npm run package` puts the course's zips. */
export function startPreview(options: { distDir?: string } = {}): Promise<Preview> {
  return startPreviewServer({ port: 0, distDir: options.distDir ?? 'dist' });
}
