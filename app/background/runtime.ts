import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { openSidePanel } from '../open-side-panel';
import { mainWorldInsert } from '../../insert/main-world';
import { postingRendering } from '../../insert/renderings';
import { isPresetStorageKey, readPresetsSnapshot } from '../../presets/read-only';
import { CONTEXT_MENU_ID, menuItemsFor, parseMenuItemId } from './context-menu';
import { isFromOwnContentScript, parseToBackground, type SenderLike } from '../../messaging/guards';
import { afterCopy, badgeFor, describeInsert } from '../insert-wording';
import { writeClipboardInPage } from '../page-clipboard';
import { loadCurrentPosting } from '../posting-source';
import type { InsertReply, MainWorldReply, Rendering, ToBackground } from '../../messaging/protocol';
import { isRestrictedUrl } from '../../messaging/restricted';
import { ensureContentScript, insertIntoFrame, insertIntoTab } from '../../messaging/tab-client';

export const INSERT_COMMAND = 'insert-posting';
export { CONTEXT_MENU_ID, OPEN_PANEL_MENU_ID } from './context-menu';
/** Preset edits come in bursts (typing a name, an import): one rebuild after they settle. */
export const MENU_REBUILD_DELAY_MS = 250;
export const LATE_POLICY_RETRY_MS = 3_000;

/** Run the page-world step in the frame that asked (its focused field is the target). */
async function runMainWorldStep(message: ToBackground, sender: SenderLike): Promise<MainWorldReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { route: null, error: 'no tab' };
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      world: 'MAIN',
      func: mainWorldInsert,
      args: [message.rendering.html, message.rendering.text, message.editor],
    });
    return (result?.result as MainWorldReply | undefined) ?? { route: null };
  } catch (error) {
    return { route: null, error: String(error) };
  }
}

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

type ContextMenus = typeof browser.contextMenus;

let rebuildTimer: ReturnType<typeof setTimeout> | undefined;
/** A browser whose managed storage never answers must not keep the worker busy for ever. */
const LATE_POLICY_MAX_RETRIES = 5;
let lateRetries = 0;
/** Debounced: one rebuild after a burst of changes. */
function scheduleMenuRebuild(delayMs: number): void {
  clearTimeout(rebuildTimer);
  rebuildTimer = setTimeout(() => void rebuildContextMenu(), delayMs);
}

/** Serialised so two quick rebuilds never create the same id twice. */
let menuChain: Promise<void> = Promise.resolve();

/** Re-creates the menu from the presets now stored. */
export function rebuildContextMenu(menus: ContextMenus = browser.contextMenus): Promise<void> {
  menuChain = menuChain
    .then(async () => {
      const snapshot = await readPresetsSnapshot();
      // The organization's presets come later when the browser has just started: build now, again then.
      if (snapshot.organizationLate && lateRetries < LATE_POLICY_MAX_RETRIES) {
        lateRetries += 1;
        scheduleMenuRebuild(LATE_POLICY_RETRY_MS);
      }
      const items = menuItemsFor(snapshot);
      await menus.removeAll();
      for (const item of items) {
        // The callback reads lastError so a failed create is handled, not logged as unchecked.
        menus.create(item, () => void browser.runtime.lastError);
      }
    })
    .catch(() => undefined);
  return menuChain;
}

/** Chrome: the toolbar button opens the popup (the side panel opens from the popup or the menu). */
function keepPopupOnActionClick(): void {
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior?(b: { openPanelOnActionClick: boolean }): Promise<void> } })
    .sidePanel;
  void sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false })?.catch(() => undefined);
}

export function startBackground(): void {
  keepPopupOnActionClick();
  // Updates keep old menu items in some browsers: every rebuild starts from removeAll.
  browser.runtime.onInstalled.addListener(() => void rebuildContextMenu());
  browser.runtime.onStartup?.addListener(() => void rebuildContextMenu());

  browser.storage.onChanged.addListener((changes, areaName) => {
    const relevant = areaName === 'managed' || Object.keys(changes).some(isPresetStorageKey);
    if (relevant) scheduleMenuRebuild(MENU_REBUILD_DELAY_MS);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const action = parseMenuItemId(info.menuItemId);
    if (!action) return;
    if (action.kind === 'open-panel') {
      // Synchronously, inside the click's user gesture: both browsers refuse it later.
      void openSidePanel(tab?.windowId).catch(() => undefined);
      return;
    }
    if (tab?.id === undefined) return;
    void insertFromShortcut(tab.id, tab.url, info.frameId, action.presetId).catch(() => undefined);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== INSERT_COMMAND) return;
    void (async () => {
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (target?.id !== undefined) await insertFromShortcut(target.id, target.url);
    })().catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderLike) => {
    if (!isFromOwnContentScript(sender, browser.runtime.id)) return undefined;
    const message = parseToBackground(raw);
    if (!message) return undefined;
    return runMainWorldStep(message, sender);
  });
}
