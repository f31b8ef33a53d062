import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { iconsPlugin } from './scripts/vite/iconsPlugin';

// Fast tests (logic in Node, components in jsdom), then browser tests that drive the built packages in Chromium.
// The browser tests share one Chromium and one preview server (tests/e2e/support/globalSetup.ts); each file opens
// its own browser contexts, so three files run at once: each spends part of its time waiting on purpose (an API
// found late, commit retries, an LRS that is down), which a third file fills. On 2 cores, three kept the machine
// 90% busy (browser tests 247 s, against 284-315 s with two); four was slower when we tried it.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summaryReporter.ts'],
    // Vitest's default leaves one core to itself; on a 2-core machine that ran the fast tests one file at a time.
    maxWorkers: 2,
    projects: [
      {
        plugins: [react(), iconsPlugin()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'manifest/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          // No DOM: a jsdom for each of these files cost as much time as their tests. The two that need one (device
          // and session storage) ask for it with a `@vitest-environment jsdom` comment.
          environment: 'node',
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins: [react(), iconsPlugin()],
        test: {
          name: 'components',
          include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          // Component tests render the whole player; on a busy 2-core machine that can take seconds.
          testTimeout: 15_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 3,
          // Its own group, after the unit tests, so that it may have its own number of workers.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
