/**
 * Shortcut and context menu deliver a posting straight into the tab (no popup open): tailor the chosen
 * preset, reach the content script, insert, and fall back to the clipboard; the toolbar badge and
 * tooltip say what happened.
 */
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { postingRendering } from '../../insert/renderings';
import { afterCopy, badgeFor, describeInsert } from '../insert-wording';
import { writeClipboardInPage } from '../page-clipboard';
import { loadCurrentPosting } from '../posting-source';
import type { InsertReply, Rendering } from '../../messaging/protocol';
import { isRestrictedUrl } from '../../messaging/restricted';
import { ensureContentScript, insertIntoFrame, insertIntoTab } from '../../messaging/tab-client';

export type ShortcutOutcome = { badge: string; title: string };

async function report(tabId: number, { badge, title }: ShortcutOutcome): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badge });
  await browser.action.setTitle({ tabId, title: t('badgeTooltip', title) });
  setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined), 8000);
}

/** Copies in the frame the user acted in; false when the page would not let us (restricted, no grant). */
async function copyInPage(tabId: number, frameId: number, rendering: Rendering): Promise<boolean> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: writeClipboardInPage,
      args: [rendering.html, rendering.text],
    });
    return result?.result === true;
  } catch {
    return false;
  }
}

/**
 * Shortcut and context menu: insert the chosen preset's posting (default preset when none is named)
 * into the focused field of the tab; when the page refuses, put it on the clipboard. Returns what the
 * badge and tooltip now say.
 */
export async function insertFromShortcut(
  tabId: number,
  url: string | undefined,
  frameId?: number,
  presetId?: string,
): Promise<ShortcutOutcome> {
  let rendering: Rendering;
  try {
    rendering = postingRendering(await loadCurrentPosting(presetId));
  } catch (error) {
    const outcome = { badge: '!', title: error instanceof Error ? error.message : String(error) };
    await report(tabId, outcome);
    return outcome;
  }
  let reply: InsertReply;
  if (isRestrictedUrl(url) || (await ensureContentScript(tabId)) === 'blocked') {
    reply = { status: 'error', message: t('pageNotScriptable') };
  } else if (frameId !== undefined && frameId !== 0) {
    // The context menu names the frame that was right-clicked: talk to it directly.
    reply = await insertIntoFrame(tabId, frameId, { rendering, mode: 'insert' });
  } else {
    reply = await insertIntoTab(tabId, { rendering, mode: 'insert' }).catch(
      (error: unknown): InsertReply => ({ status: 'error', message: String(error) }),
    );
  }
  const { message, copy } = describeInsert(reply);
  let outcome: ShortcutOutcome = { badge: badgeFor(reply), title: message };
  if (copy) {
    const copied = !isRestrictedUrl(url) && (await copyInPage(tabId, frameId ?? 0, rendering));
    outcome = { badge: copied ? 'C' : '!', title: afterCopy(message, copied, t('openExtensionAndUseCopyHint')) };
  }
  await report(tabId, outcome);
  return outcome;
}
