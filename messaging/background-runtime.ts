import { browser } from 'wxt/browser';
import { mainWorldInsert } from '../insert/main-world';
import { postingRendering } from '../insert/renderings';
import { isFromOwnContentScript, parseToBackground, type SenderLike } from './guards';
import { loadCurrentPosting } from './posting-source';
import type { InsertReply, MainWorldReply, ToBackground } from './protocol';
import { isRestrictedUrl } from './restricted';
import { ensureContentScript, insertIntoTab } from './tab-client';

export const INSERT_COMMAND = 'insert-posting';
export const CONTEXT_MENU_ID = 'insert-ota-posting';

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

/** One line for the toolbar tooltip: the shortcut and the menu have no popup to show a status in. */
export function describeForBadge(reply: InsertReply): { badge: string; title: string } {
  switch (reply.status) {
    case 'inserted':
      return { badge: '✓', title: `Inserted into ${reply.label}` };
    case 'partial':
      return { badge: '!', title: `Only part of the posting went into ${reply.label} — open the extension to copy it` };
    case 'already-inserted':
      return { badge: '=', title: `Already inserted into ${reply.label}` };
    case 'too-long':
      return { badge: '!', title: `Too long for ${reply.label} (${reply.length}/${reply.limit}) — open the extension` };
    case 'no-target':
    case 'focus-in-child-frame':
      return { badge: '!', title: 'Click into the job description field first, then press Insert' };
    case 'refused':
      return { badge: '!', title: `${reply.label} refused the text — open the extension and use Copy` };
    case 'error':
      return { badge: '!', title: `Could not insert: ${reply.message}` };
  }
}

async function report(tabId: number, reply: InsertReply): Promise<void> {
  const { badge, title } = describeForBadge(reply);
  await browser.action.setBadgeText({ tabId, text: badge });
  await browser.action.setTitle({ tabId, title: `OTA Job Post Assistant — ${title}` });
  setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined), 8000);
}

/** Shortcut and context menu: insert the current posting into the focused field of the tab. */
async function insertFromShortcut(tabId: number, url: string | undefined, frameId?: number): Promise<void> {
  if (isRestrictedUrl(url) || (await ensureContentScript(tabId)) === 'blocked') {
    await report(tabId, { status: 'error', message: "this page can't be changed by extensions" });
    return;
  }
  const rendering = postingRendering(await loadCurrentPosting());
  let reply: InsertReply;
  if (frameId !== undefined && frameId !== 0) {
    // The context menu names the frame that was right-clicked: talk to it directly.
    reply =
      ((await browser.tabs.sendMessage(
        tabId,
        { type: 'content/insert', scope: 'focused-child-frame', rendering, mode: 'insert' },
        { frameId },
      )) as InsertReply | undefined) ?? { status: 'no-target' };
  } else {
    reply = await insertIntoTab(tabId, { rendering, mode: 'insert' });
  }
  await report(tabId, reply);
}

export function startBackground(): void {
  browser.runtime.onInstalled.addListener(() => {
    // Updates keep old menu items in some browsers: start clean so the id is never a duplicate.
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CONTEXT_MENU_ID,
        title: 'Insert OTA job description',
        contexts: ['editable'],
      }),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID || tab?.id === undefined) return;
    void insertFromShortcut(tab.id, tab.url, info.frameId).catch(() => undefined);
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
