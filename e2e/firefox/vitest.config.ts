import { defineConfig } from 'vitest/config';

// The insertion and Check the page suites in Firefox ESR (puppeteer-core over WebDriver BiDi): one Firefox a file, run
// after the Chromium suite by `npm test`. Needs `npm run build` (the Firefox build) and /usr/bin/firefox-esr.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['e2e/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    reporters: ['default', ['./scripts/summary-reporter.ts', { suite: 'e2e-firefox' }]],
  },
});
