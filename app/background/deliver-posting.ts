/**
 * The shortcut and the context menu deliver a posting straight into the tab (no popup open): the
 * deliver-posting use-case with the background's services — the preset read waits for the organization's
 * policy, the context menu's frame is spoken to directly, and the clipboard fallback runs in the page —
 * and the toolbar badge and tooltip say what happened.
 */
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { restrictedKind } from '../../messaging/restricted';
import { ensureContentScript, fillTab, insertIntoFrame, insertIntoTab } from '../../messaging/tab-client';
import { deliverPosting, type DeliveryOutcome, type DeliveryServices } from '../deliver-posting';
import { writeClipboardInPage } from '../page-clipboard';
import { loadCurrentPosting } from '../posting-source';

async function report(tabId: number, { badge, message }: DeliveryOutcome): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badge });
  await browser.action.setTitle({ tabId, title: t('badgeTooltip', message) });
  setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined), 8000);
}

const backgroundServices: DeliveryServices = {
  loadPosting: (presetId) => loadCurrentPosting(presetId),
  async reach({ tabId, url }) {
    const kind = restrictedKind(url);
    if (kind) return { reach: 'blocked', why: kind };
    // The frame a context menu names is checked when it is spoken to (insertIntoFrame).
    return (await ensureContentScript(tabId)) === 'blocked' ? { reach: 'blocked', why: 'no-access' } : { reach: 'ready', url };
  },
  insert: ({ tabId, frameId }, request) =>
    // The context menu names the frame that was right-clicked: talk to it directly.
    frameId !== undefined && frameId !== 0 ? insertIntoFrame(tabId, frameId, request) : insertIntoTab(tabId, request),
  fill: fillTab,
  /** In the frame the user acted in, with our clipboardWrite permission; refused where the page is protected. */
  async copy(rendering, target) {
    if (!target || restrictedKind(target.url)) throw new Error('No page to copy in');
    const [result] = await browser.scripting.executeScript({
      target: { tabId: target.tabId, frameIds: [target.frameId ?? 0] },
      func: writeClipboardInPage,
      args: [rendering.html, rendering.text],
    });
    if (result?.result !== true) throw new Error('The page refused the copy');
  },
  // No page of ours is open: the user has to open the popup to copy by hand.
  copyHint: t('openExtensionAndUseCopyHint'),
};

/**
 * Shortcut and context menu: insert the chosen preset's posting (the default when none is named) into the
 * focused field of the tab, or of the frame the menu named. Returns what the badge and tooltip now say.
 */
export async function insertFromBackground(
  tabId: number,
  url: string | undefined,
  frameId?: number,
  presetId?: string,
): Promise<DeliveryOutcome> {
  const outcome = await deliverPosting(backgroundServices, {
    action: 'insert',
    source: { presetId },
    tab: { tabId, ...(url ? { url } : {}), ...(frameId !== undefined ? { frameId } : {}) },
  });
  await report(tabId, outcome);
  return outcome;
}
