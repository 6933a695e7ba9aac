import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'e2e/**'],
    environment: 'node',
    reporters: ['default', ['./scripts/summary-reporter.ts', { suite: 'unit' }]],
  },
});
