import { browser } from 'wxt/browser';
// Straight from the renderer module: the template index would pull the jurisdiction tables into every page.
import { RENDER_HTML_TAGS } from '../template/render-html';
import { RecentInsertions } from '../insert/duplicate-guard';
import { fillForm, insertPosting, probe, resolveTarget, type EngineDeps } from '../insert/engine';
import { FocusTracker } from '../insert/focus-tracker';
import type { MainWorldStep } from '../insert/ladder';
import { sanitizeForEditor } from '../insert/sanitize';
import { matchSiteProfile } from '../insert/sites';
import { readPosting } from '../insert/read-posting';
import { isFromOwnExtensionPage, parseToContent, type SenderLike } from '../messaging/guards';
import { dispatchToContent, type ContentHandlers, type MainWorldReply, type ReplyFor, type ToBackground, type ToContent } from '../messaging/protocol';

/** Isolated-world global: a second injection into the same frame must not add a second set of listeners. */
const INSTALLED = Symbol.for('ota-job-post-assistant/content-installed');

/** The page-world step goes through the background, which runs it with scripting.executeScript. */
const mainWorldViaBackground: MainWorldStep = async (_field, rendering, family) => {
  const request: ToBackground = { type: 'background/main-world-insert', rendering, editor: family };
  try {
    const reply: MainWorldReply | undefined = await browser.runtime.sendMessage(request);
    return !!reply?.route;
  } catch {
    return false;
  }
};

/**
 * Does this frame answer? Decided synchronously, and by exactly one frame: every frame whose listener
 * returns a promise runs the handler (only the first reply is kept), so a frame that merely sees the
 * field — a parent looking into a same-origin child frame — must stay silent, or the posting goes in
 * twice. The frame that owns the focused field's document answers.
 */
export function answers(deps: EngineDeps, message: ToContent): boolean {
  if (message.type === 'content/ping' || message.type === 'content/fill') return deps.isTopFrame;
  if ((message.scope ?? 'top') === 'top') return deps.isTopFrame;
  const target = resolveTarget(deps, 'focused-child-frame');
  return target !== null && target !== 'child-frame' && target.field.ownerDocument === deps.doc;
}

/** What this frame does for each message; the protocol's handler map types every reply. */
export function contentHandlers(deps: EngineDeps): ContentHandlers {
  return {
    'content/ping': async () => ({ ok: true }),
    'content/probe': async (message) => probe(deps, message.scope ?? 'top'),
    'content/insert': (message) => insertPosting(deps, message),
    'content/fill': (message) => fillForm(deps, message.payload),
    'content/read-posting': async (message) => readPosting(deps, message.scope ?? 'top'),
  };
}

export function handleContentMessage<M extends ToContent>(deps: EngineDeps, message: M): Promise<ReplyFor[M['type']]> {
  return dispatchToContent(contentHandlers(deps), message);
}

/**
 * Install the content script: a focus tracker and a message listener, nothing else. Messages are
 * accepted only from this extension's own pages; the page itself has no way in.
 */
export function startContentScript(): void {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;

  const tracker = new FocusTracker();
  tracker.install(window);
  const deps: EngineDeps = {
    doc: document,
    isTopFrame: window === window.top,
    tracker,
    recent: new RecentInsertions(),
    profile: matchSiteProfile(location.href),
    sanitizeHtml: (html) => sanitizeForEditor(html, RENDER_HTML_TAGS),
    mainWorld: mainWorldViaBackground,
    dataTransferInPageOnly: import.meta.env.FIREFOX,
  };
  const ownId = browser.runtime.id;
  const origin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderLike) => {
    if (!isFromOwnExtensionPage(sender, ownId, origin)) return undefined;
    const message = parseToContent(raw);
    if (!message || !answers(deps, message)) return undefined;
    // SPA navigation changes the URL without reloading us: match the profile again.
    deps.profile = matchSiteProfile(location.href);
    return handleContentMessage(deps, message).catch((error: unknown) => ({ status: 'error', message: String(error) }));
  });
}
