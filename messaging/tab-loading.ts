import { browser } from 'wxt/browser';

/**
 * Resolves true once the tab has finished loading (at once when it already has), false after `timeoutMs`
 * or when the tab is gone. A page still loading cannot take the content script reliably, so the popup
 * waits for it instead of calling the page unchangeable.
 */
export async function waitForTabLoaded(tabId: number, timeoutMs = 8000): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    let settled = false;
    const finish = (loaded: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve(loaded);
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    // Listen before asking, so a load that completes in between is not missed.
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs
      .get(tabId)
      .then((tab) => {
        if (tab.status !== 'loading') finish(true);
      })
      .catch(() => finish(false));
  });
}
