/**
 * The content script's `browser`: wxt.config.ts resolves `webextension-polyfill` to this file in the
 * content-script build only (popup, side panel, options and background keep the polyfill).
 *
 * Why: the content script runs on every job-board posting page, and the polyfill (~3 KB gzip) was a seventh
 * of it. It uses four calls — runtime.id, getURL, sendMessage and onMessage — and only one needs help:
 * Chrome ignores a Promise returned by an onMessage listener, so the answer goes through sendResponse.
 * Firefox's own `browser` already does all four with promises.
 */

type Listener = (message: unknown, sender: unknown) => unknown;

interface ChromeRuntimeLike {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
  };
}

/** Wrap Chrome's runtime so a listener may answer with a Promise, as it does with the polyfill. */
export function withPromiseListeners(runtime: ChromeRuntimeLike) {
  return {
    get id() {
      return runtime.id;
    },
    getURL: (path: string) => runtime.getURL(path),
    sendMessage: (message: unknown) => runtime.sendMessage(message),
    onMessage: {
      addListener(listener: Listener) {
        runtime.onMessage.addListener((message, sender, sendResponse) => {
          const reply = listener(message, sender);
          // No answer at all: another frame (or nobody) answers; the channel must not be held open.
          if (!(reply instanceof Promise)) return undefined;
          reply.then(sendResponse, (error: unknown) => sendResponse({ status: 'error', message: String(error) }));
          return true;
        });
      },
    },
  };
}

const globals = globalThis as unknown as { browser?: { runtime: unknown }; chrome: { runtime: ChromeRuntimeLike } };

const contentBrowser = import.meta.env.FIREFOX
  ? globals.browser
  : { runtime: globals.chrome && withPromiseListeners(globals.chrome.runtime) };

export default contentBrowser;
