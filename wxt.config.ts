import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The project requires webextension-polyfill: `wxt/browser` then exports the promise-based polyfill.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'OTA Job Post Assistant',
    description:
      'Insert a complete, tailored Occupational Therapist Assistant job description into job-board and ATS forms.',
    // clipboardWrite: the popup's Copy button and the "page refused the insertion" fallback.
    permissions: ['clipboardWrite'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ota-job-post-assistant@example.org',
              strict_min_version: '128.0',
              // Nothing leaves the browser: the add-on collects no data.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
