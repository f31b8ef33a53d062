import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { iconsPlugin } from './scripts/vite/iconsPlugin';

// Two projects: fast tests in jsdom, and browser tests that drive the built packages in Chromium.
// The browser tests share one preview server and one Chromium per file, so they run one file at a time.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summaryReporter.ts'],
    projects: [
      {
        plugins: [react(), iconsPlugin()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'manifest/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          // Component tests render the whole player; on a busy 2-core machine that can take seconds.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
