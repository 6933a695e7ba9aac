import { browser } from 'wxt/browser';
import type { ContentInsert, ContentFill, FillReply, InsertReply, ProbeReply, ReadPostingReply, ReplyFor, ToContent } from './protocol';

/** The content script's built path (WXT output), injected on demand where it is not declared. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export type Reach = 'ready' | 'blocked';

async function send<M extends ToContent>(tabId: number, message: M, frameId?: number): Promise<ReplyFor[M['type']] | undefined> {
  const options = frameId === undefined ? undefined : { frameId };
  // The content script answers through the same protocol map (app/content-runtime.ts contentHandlers).
  const reply: ReplyFor[M['type']] | undefined = await browser.tabs.sendMessage(tabId, message, options);
  return reply;
}

async function ping(tabId: number, frameId = 0): Promise<boolean> {
  try {
    return (await send(tabId, { type: 'content/ping' }, frameId))?.ok === true;
  } catch {
    return false;
  }
}

/**
 * Make sure the content script listens in the tab: declared on job-board hosts, injected through
 * activeTab (or a host grant) everywhere else. 'blocked' = the browser will not let us script this page.
 */
export async function ensureContentScript(tabId: number): Promise<Reach> {
  if (await ping(tabId)) return 'ready';
  return (await injectEverywhere(tabId)) && (await ping(tabId)) ? 'ready' : 'blocked';
}

/** Every frame we may script; the install guard makes a second copy in a frame a no-op. False = refused. */
async function injectEverywhere(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    return true;
  } catch {
    return false;
  }
}

/**
 * The same, for one frame the browser named (the context menu's frameId). A cross-origin child frame on a
 * page without our declared script has none until we inject it there.
 */
export async function ensureContentScriptInFrame(tabId: number, frameId: number): Promise<Reach> {
  if (await ping(tabId, frameId)) return 'ready';
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_SCRIPT_FILE] });
  } catch {
    return 'blocked';
  }
  return (await ping(tabId, frameId)) ? 'ready' : 'blocked';
}

/**
 * Focus is in a child frame we got no answer from: the field exists, we just cannot write into it.
 * `refused` (not `no-target`) so callers copy the posting and say Ctrl+V instead of "click into the field".
 */
export const SILENT_CHILD_FRAME: InsertReply = { status: 'refused', label: 'The field in the embedded frame', editor: 'unknown' };

/** Ask every frame; only a child frame that holds focus answers (others stay silent). */
async function askFocusedChildFrame<M extends ToContent>(tabId: number, message: M): Promise<ReplyFor[M['type']] | undefined> {
  try {
    return await send(tabId, message);
  } catch {
    return undefined;
  }
}

/**
 * As above; when nobody answers, the focused frame may simply lack our script (only frame 0 was pinged):
 * inject into every frame and ask once more.
 */
async function askFocusedChildFrameInjecting<M extends ToContent>(tabId: number, message: M): Promise<ReplyFor[M['type']] | undefined> {
  return (
    (await askFocusedChildFrame(tabId, message)) ??
    ((await injectEverywhere(tabId)) ? askFocusedChildFrame(tabId, message) : undefined)
  );
}

export async function probeTab(tabId: number): Promise<ProbeReply | undefined> {
  const top = await send(tabId, { type: 'content/probe', scope: 'top' }, 0);
  if (!top?.focusInChildFrame) return top ?? undefined;
  const child = await askFocusedChildFrameInjecting(tabId, { type: 'content/probe', scope: 'focused-child-frame' });
  return child ? { ...child, form: top.form } : top;
}

export async function insertIntoTab(tabId: number, request: Omit<ContentInsert, 'type' | 'scope'>): Promise<InsertReply> {
  const top = await send(tabId, { type: 'content/insert', scope: 'top', ...request }, 0);
  if (top?.status !== 'focus-in-child-frame') return top ?? { status: 'error', message: 'No answer from the page' };
  const child = await askFocusedChildFrameInjecting(tabId, { type: 'content/insert', scope: 'focused-child-frame', ...request });
  return child ?? SILENT_CHILD_FRAME;
}

/** Insert into the named child frame (context menu); a send that fails is an error the caller can copy after. */
export async function insertIntoFrame(tabId: number, frameId: number, request: Omit<ContentInsert, 'type' | 'scope'>): Promise<InsertReply> {
  if ((await ensureContentScriptInFrame(tabId, frameId)) === 'blocked') return SILENT_CHILD_FRAME;
  try {
    return (await send(tabId, { type: 'content/insert', scope: 'focused-child-frame', ...request }, frameId)) ?? SILENT_CHILD_FRAME;
  } catch (error) {
    return { status: 'error', message: String(error) };
  }
}

export async function fillTab(tabId: number, payload: ContentFill['payload']): Promise<FillReply | undefined> {
  return send(tabId, { type: 'content/fill', payload }, 0);
}

/** The posting in the page's form (Check the page): the top frame, or the child frame that holds focus. */
export async function readPostingFromTab(tabId: number): Promise<ReadPostingReply | undefined> {
  const top = await send(tabId, { type: 'content/read-posting', scope: 'top' }, 0);
  if (top?.status !== 'focus-in-child-frame') return top ?? undefined;
  return (await askFocusedChildFrameInjecting(tabId, { type: 'content/read-posting', scope: 'focused-child-frame' })) ?? top;
}
