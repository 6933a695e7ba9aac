import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '../insert/sites';
import { startContentScript } from '../app/content-runtime';

/**
 * Declared only on the job-board posting pages of the site profiles; every other page gets the same
 * file through activeTab + scripting.executeScript when the user asks (popup, shortcut, context menu).
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  allFrames: true,
  // Editor iframes (TinyMCE, CKEditor 4) are about:blank / srcdoc documents of the board's origin.
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would otherwise announce the script (and the extension id) to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main() {
    startContentScript();
  },
});
