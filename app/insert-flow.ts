import { afterCopy, describeInsert } from './insert-wording';
import type { ContentInsert, InsertReply, Rendering } from '../messaging/protocol';
import { insertIntoTab } from '../messaging/tab-client';

/** A question the user must answer before Insert can go on (too long for the field, or a repeat). */
export type InsertQuestion = { kind: 'too-long'; limit: number; length: number } | { kind: 'repeat'; label: string };

export interface InsertFlowResult {
  ok: boolean;
  message: string;
  followUp?: InsertQuestion;
}

/**
 * Insert from an extension page (popup, side panel): send, word the answer, and when the text did not
 * (all) go in put the posting on the clipboard and say Ctrl+V. One path, so both pages behave alike.
 */
export async function insertWithFallback(
  tabId: number,
  request: Omit<ContentInsert, 'type' | 'scope'>,
  copy: (rendering: Rendering) => Promise<void>,
): Promise<InsertFlowResult> {
  const reply: InsertReply = await insertIntoTab(tabId, request).catch(
    (error: unknown) => ({ status: 'error', message: String(error) }) as const,
  );
  const described = describeInsert(reply);
  let message = described.message;
  if (described.copy) {
    const copied = await copy(request.rendering).then(
      () => true,
      () => false,
    );
    message = afterCopy(message, copied);
  }
  return {
    ok: reply.status === 'inserted',
    message,
    followUp:
      reply.status === 'too-long'
        ? { kind: 'too-long', limit: reply.limit, length: reply.length }
        : reply.status === 'already-inserted'
          ? { kind: 'repeat', label: reply.label }
          : undefined,
  };
}
