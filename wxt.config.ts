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
    permissions: [
      // activeTab: write into the page the user is on, only after they click the toolbar button, press the
      // shortcut or use the context menu — instead of a standing <all_urls> host permission.
      'activeTab',
      // scripting: inject the content script on demand on non-job-board pages (under activeTab), and run
      // the page-world insertion step for editors the isolated world cannot reach (Quill 1, TinyMCE API).
      'scripting',
      // clipboardWrite: the popup's Copy button and the "page refused the insertion" fallback.
      'clipboardWrite',
      // contextMenus: "Insert OTA job description" on editable fields.
      'contextMenus',
    ],
    // No host_permissions: the content script is declared only on the job boards' posting pages
    // (matches come from insert/sites/*.ts), everything else goes through activeTab.
    commands: {
      'insert-posting': {
        // Ctrl+Shift+Y opens the Downloads library in Firefox, so Firefox gets Alt+Shift+O.
        suggested_key:
          browser === 'firefox'
            ? { default: 'Alt+Shift+O' }
            : { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
        description: 'Insert the OTA job description into the focused field',
      },
    },
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
