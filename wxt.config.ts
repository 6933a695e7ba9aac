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
    // Name, description and shortcut text come from public/_locales/en/messages.json (browser.i18n).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
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
      // storage: personal presets (storage.sync, with storage.local as the over-quota fallback) and the
      // side panel's draft. Nothing is sent anywhere.
      'storage',
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
        description: '__MSG_commandInsertPosting__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ota-job-post-assistant@example.org',
              // 140 (the current ESR) is the first version that understands data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser: the add-on collects no data.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
