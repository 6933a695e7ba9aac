/**
 * The deliver-posting services for an extension page (popup, side panel): the target tab, whether we may
 * script it, the tab client for insert / fill, and the page's own clipboard. The background has its own
 * (app/background/deliver-posting.ts): no page to copy from, a frame the context menu named.
 */
import { browser } from 'wxt/browser';
import type { ProbeReply } from '../insert/types';
import { restrictedKind } from '../messaging/restricted';
import { ensureContentScript, fillTab, insertIntoTab, probeTab } from '../messaging/tab-client';
import { copyRendering } from './clipboard';
import type { DeliveryServices, TabReach, TabTarget } from './deliver-posting';
import type { BlockedWhy } from './insert-wording';

/** `popup.html?tab=N` names the tab (tests open the popup and the side panel as tabs); otherwise the active tab. */
export async function resolveTargetTabId(search: string): Promise<number | null> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** May we script the tab? No page scan: the URL (one tabs.get unless known) and the content script's answer. */
export async function reachTab({ tabId, url: known }: TabTarget): Promise<TabReach> {
  let url = known;
  if (url === undefined) {
    try {
      url = (await browser.tabs.get(tabId)).url;
    } catch {
      return { reach: 'blocked', why: 'no-tab' };
    }
  }
  const kind = restrictedKind(url);
  if (kind) return { reach: 'blocked', why: kind };
  if ((await ensureContentScript(tabId)) === 'blocked') return { reach: 'blocked', why: 'no-access' };
  return { reach: 'ready', url };
}

export type TabState = { reach: 'ready'; probe: ProbeReply | undefined; url: string | undefined } | { reach: 'blocked'; why: BlockedWhy };

/**
 * What the popup shows for the tab: blocked and why, or reachable with its focused field and form. A
 * protected page is named from its URL alone, before any wait; a page still loading says so at once
 * (`loading`), and the caller inspects again once it has loaded.
 */
export async function inspectTab(tabId: number): Promise<TabState> {
  let tab: { url?: string; status?: string } | undefined;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    // A tab that has gone: nothing to insert into.
  }
  if (!tab) return { reach: 'blocked', why: 'no-tab' };
  const kind = restrictedKind(tab.url);
  if (kind) return { reach: 'blocked', why: kind };
  if (tab.status === 'loading') return { reach: 'blocked', why: 'loading' };
  const reached = await reachTab({ tabId, url: tab.url ?? '' });
  if (reached.reach === 'blocked') return reached;
  try {
    return { reach: 'ready', url: tab.url, probe: await probeTab(tabId) };
  } catch {
    return { reach: 'ready', url: tab.url, probe: undefined };
  }
}

/**
 * Reach, insert, fill and copy from an extension page. `sanitize` for the clipboard's HTML where DOMPurify
 * is loaded anyway (the side panel; see clipboard.ts for why the popup goes without).
 */
export function pageDeliveryServices(options: { sanitize?: (html: string) => string; noAccessReason?: string } = {}): Omit<DeliveryServices, 'loadPosting'> {
  return {
    reach: reachTab,
    insert: ({ tabId }, request) => insertIntoTab(tabId, request),
    fill: fillTab,
    copy: (rendering) => copyRendering(rendering, options.sanitize),
    ...(options.noAccessReason ? { noAccessReason: options.noAccessReason } : {}),
  };
}
