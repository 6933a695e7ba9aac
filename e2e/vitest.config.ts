import { defineConfig } from 'vitest/config';

// Real-browser suite: one Chromium per test file, files one after another (2 cores), long timeouts.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    reporters: ['default', ['./scripts/summary-reporter.ts', { suite: 'e2e' }]],
  },
});
