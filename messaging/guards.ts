import type { ContentInsert, ToBackground, ToContent } from './protocol';

/** The part of `runtime.MessageSender` the checks need (keeps tests free of the browser types). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * A message into a content script must come from this extension's own pages or background — not from a
 * web page, another extension, or a content script (which cannot message other content scripts anyway).
 * `extensionOrigin` is `runtime.getURL('')`, e.g. "chrome-extension://abc/".
 */
export function isFromOwnExtensionPage(sender: SenderLike, ownId: string, extensionOrigin: string): boolean {
  if (!ownId || sender.id !== ownId) return false;
  // The background service worker / event page and the popup all have URLs inside the extension.
  if (sender.url !== undefined && !sender.url.startsWith(extensionOrigin)) return false;
  return true;
}

/** A message into the background from a content script of this extension, in some tab. */
export function isFromOwnContentScript(sender: SenderLike, ownId: string): boolean {
  return !!ownId && sender.id === ownId && typeof sender.tab?.id === 'number';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isRendering(value: unknown): value is { html: string; text: string } {
  return isRecord(value) && typeof value.html === 'string' && typeof value.text === 'string';
}

/** Shape check: anything that is not exactly one of our messages is ignored. */
export function parseToContent(message: unknown): ToContent | null {
  if (!isRecord(message) || typeof message.type !== 'string') return null;
  switch (message.type) {
    case 'content/ping':
      return { type: 'content/ping' };
    // Both only carry a scope (read-posting reads the form, changes nothing).
    case 'content/probe':
    case 'content/read-posting':
      return {
        type: message.type,
        scope: message.scope === 'focused-child-frame' ? 'focused-child-frame' : 'top',
      };
    case 'content/insert': {
      if (!isRendering(message.rendering)) return null;
      if (message.mode !== 'insert' && message.mode !== 'replace') return null;
      const insert: ContentInsert = {
        type: 'content/insert',
        rendering: { html: message.rendering.html, text: message.rendering.text },
        mode: message.mode,
        force: message.force === true,
        allowTruncate: message.allowTruncate === true,
        scope: message.scope === 'focused-child-frame' ? 'focused-child-frame' : 'top',
      };
      return insert;
    }
    case 'content/fill': {
      const p = message.payload;
      if (!isRecord(p) || typeof p.title !== 'string') return null;
      const keys = ['description', 'descriptionFull', 'requirements', 'benefits', 'responsibilities'] as const;
      if (!keys.every((k) => isRendering(p[k]))) return null;
      if (p.sections !== undefined) {
        const ok = Array.isArray(p.sections) && p.sections.every((x) => isRecord(x) && typeof x.id === 'string' && isRendering(x.rendering));
        if (!ok) return null;
      }
      return { type: 'content/fill', payload: p as unknown as Extract<ToContent, { type: 'content/fill' }>['payload'] };
    }
    default:
      return null;
  }
}

export function parseToBackground(message: unknown): ToBackground | null {
  if (!isRecord(message) || message.type !== 'background/main-world-insert') return null;
  if (!isRendering(message.rendering) || typeof message.editor !== 'string') return null;
  return {
    type: 'background/main-world-insert',
    rendering: { html: message.rendering.html, text: message.rendering.text },
    editor: message.editor,
  };
}
