/**
 * Every message the extension sends, named by direction (`<receiver>/<verb>`), so a listener can only
 * be handed the shapes meant for it. Content scripts act on these alone; nothing the page sends
 * (postMessage, DOM events) reaches this code. The shapes they carry belong to the insertion engine
 * (insert/types.ts); they are re-exported here for the senders.
 */
import type { FillPayload, FillReply, InsertReply, InsertRequest, ProbeReply, Rendering } from '../insert/types';
import type { ReadPostingReply } from '../insert/read-posting';

export type { FillReply, InsertReply, ProbeReply, Rendering } from '../insert/types';
export type { ReadPostingReply } from '../insert/read-posting';

// ---------------------------------------------------------------------------------------------
// Popup / background → content script

export interface ContentPing {
  type: 'content/ping';
}

export interface ContentProbe {
  type: 'content/probe';
  /** Broadcast form: only a child frame that holds focus answers (the top frame said focus is in a frame). */
  scope?: 'top' | 'focused-child-frame';
}

export interface ContentInsert extends InsertRequest {
  type: 'content/insert';
}

export interface ContentFill {
  type: 'content/fill';
  payload: FillPayload;
}

/** Read the posting in the form (for Check the page); changes nothing on the page. */
export interface ContentReadPosting {
  type: 'content/read-posting';
  scope?: 'top' | 'focused-child-frame';
}

export type ToContent = ContentPing | ContentProbe | ContentInsert | ContentFill | ContentReadPosting;

// Answers

export interface PingReply {
  ok: true;
}

/** The reply each content message gets. `null`: this frame does not hold the focused field and stays silent. */
export interface ReplyFor {
  'content/ping': PingReply;
  'content/probe': ProbeReply | null;
  'content/insert': InsertReply | null;
  'content/fill': FillReply;
  'content/read-posting': ReadPostingReply | null;
}

/** The message of type `K`. */
export type ContentMessage<K extends ToContent['type']> = Extract<ToContent, { type: K }>;

/**
 * The content script's handlers, one per message type. The same map types the sender (tab-client.ts
 * reads `ReplyFor`) and the receiver, so a handler that answers the wrong shape does not compile.
 */
export type ContentHandlers = { [K in ToContent['type']]: (message: ContentMessage<K>) => Promise<ReplyFor[K]> };

/**
 * Runs the handler for `message`. TypeScript cannot relate `handlers[message.type]` to `message` on its
 * own (a correlated union), hence the one cast here; the map type above keeps each handler honest.
 */
export function dispatchToContent<M extends ToContent>(handlers: ContentHandlers, message: M): Promise<ReplyFor[M['type']]> {
  const handler = handlers[message.type] as unknown as (message: M) => Promise<ReplyFor[M['type']]>;
  return handler(message);
}

// ---------------------------------------------------------------------------------------------
// Content script → background

/** Ask the background to run a step in the page's MAIN world (editor instances, Firefox paste). */
export interface BackgroundMainWorldInsert {
  type: 'background/main-world-insert';
  /** Already sanitised by the content script. The MAIN-world step acts on the focused field of the sender's frame. */
  rendering: Rendering;
  editor: string;
}

export type ToBackground = BackgroundMainWorldInsert;

export interface MainWorldReply {
  /** Which page-world route ran ("quill1-api", "tinymce-api", "page-paste", …) or null if none applied. */
  route: string | null;
  error?: string;
}

export interface BackgroundReplyFor {
  'background/main-world-insert': MainWorldReply;
}

/** The background's handlers, one per message type (typed like `ContentHandlers`). */
export type BackgroundHandlers = {
  [K in ToBackground['type']]: (message: Extract<ToBackground, { type: K }>) => Promise<BackgroundReplyFor[K]>;
};
