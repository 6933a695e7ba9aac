import { browser } from 'wxt/browser';
import type { ContentInsert, ContentFill, FillReply, InsertReply, ProbeReply, ReplyFor, ToContent } from './protocol';

/** The content script's built path (WXT output), injected on demand where it is not declared. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export type Reach = 'ready' | 'blocked';

async function send<M extends ToContent>(tabId: number, message: M, frameId?: number): Promise<ReplyFor[M['type']] | undefined> {
  const options = frameId === undefined ? undefined : { frameId };
  return (await browser.tabs.sendMessage(tabId, message, options)) as ReplyFor[M['type']] | undefined;
}

async function ping(tabId: number): Promise<boolean> {
  try {
    return (await send(tabId, { type: 'content/ping' }, 0))?.ok === true;
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
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
  } catch {
    return 'blocked';
  }
  return (await ping(tabId)) ? 'ready' : 'blocked';
}

/** Ask every frame; only a child frame that holds focus answers (others stay silent). */
async function askFocusedChildFrame<M extends ToContent>(tabId: number, message: M): Promise<ReplyFor[M['type']] | undefined> {
  try {
    return await send(tabId, message);
  } catch {
    return undefined;
  }
}

export async function probeTab(tabId: number): Promise<ProbeReply | undefined> {
  const top = await send(tabId, { type: 'content/probe', scope: 'top' }, 0);
  if (!top?.focusInChildFrame) return top;
  const child = await askFocusedChildFrame(tabId, { type: 'content/probe', scope: 'focused-child-frame' });
  return child ? { ...child, form: top.form } : top;
}

export async function insertIntoTab(tabId: number, request: Omit<ContentInsert, 'type' | 'scope'>): Promise<InsertReply> {
  const top = await send(tabId, { type: 'content/insert', scope: 'top', ...request }, 0);
  if (top?.status !== 'focus-in-child-frame') return top ?? { status: 'error', message: 'No answer from the page' };
  const child = await askFocusedChildFrame(tabId, { type: 'content/insert', scope: 'focused-child-frame', ...request });
  return child ?? { status: 'no-target' };
}

export async function fillTab(tabId: number, payload: ContentFill['payload']): Promise<FillReply | undefined> {
  return send(tabId, { type: 'content/fill', payload }, 0);
}
