import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

/**
 * The content-script build (the bundle under the 20 KB budget) swaps two library modules for small local
 * ones; each file says why. Every other entrypoint keeps the originals.
 */
const CONTENT_SCRIPT_STAND_INS: Record<string, string> = {
  'webextension-polyfill': fileURLToPath(new URL('./build/stand-ins/content-browser.ts', import.meta.url)),
  'wxt/utils/content-script-context': fileURLToPath(new URL('./build/stand-ins/content-context.ts', import.meta.url)),
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The project requires webextension-polyfill: `wxt/browser` then exports the promise-based polyfill.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // Only the content-script build gets the stand-ins (see CONTENT_SCRIPT_STAND_INS).
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      viteConfig.plugins = [
        {
          name: 'content-script-stand-ins',
          enforce: 'pre',
          resolveId: (id) => CONTENT_SCRIPT_STAND_INS[id],
        },
        ...(viteConfig.plugins ?? []),
      ];
    },
  },
  zip: {
    // AMO reviewers rebuild from the sources zip; it carries what `npm ci && npm run build` needs and no
    // real-browser test fixtures (those bundle whole editor libraries and are not part of the add-on).
    // Everything is local: no package is fetched while zipping.
    excludeSources: ['e2e/**', 'docs/**', '.ci/**', 'stats.html', '**/*.test.ts', '**/*.test.tsx'],
  },
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
    // optional_host_permissions: "Enable on this site" (popup) asks for one origin at a time with
    // permissions.request({ origins: ['https://ats.example/*'] }); nothing is granted at install, and
    // app/site-access.ts registers the content script only for the origins the user enabled.
    // scripts/check-manifest.ts allows these wildcards here and nowhere else.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
    // Organization presets and locked fields come from enterprise policy (chrome.storage.managed); Chrome
    // validates the policy against this schema (public/managed_schema.json). Firefox reads managed storage
    // from its policies.json / native manifests and has no managed_schema key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A GUID of our own: an e-mail-style id under example.org would claim a domain the project does not own.
              id: '{58feffd7-9431-4a05-a759-aff8211a2abc}',
              // 140 (the current ESR) is the first version that understands data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser: the add-on collects no data.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
