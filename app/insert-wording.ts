import { t } from '../lib/i18n';
import type { InsertReply } from '../messaging/protocol';

/** The status lines users and tests rely on. */
export const STATUS = {
  copied: t('statusCopied'),
  noTarget: t('statusNoTarget'),
  blocked: t('statusBlocked'),
  noTab: t('statusNoTab'),
} as const;

export interface InsertDescription {
  /** What happened, for a status line or the toolbar tooltip. */
  message: string;
  /** The text did not (all) go in: the posting should go on the clipboard instead (see `afterCopy`). */
  copy: boolean;
}

/** The one wording of an insert answer, for the popup, the side panel, the shortcut and the context menu. */
export function describeInsert(reply: InsertReply): InsertDescription {
  switch (reply.status) {
    case 'inserted':
      return { message: t(reply.truncated ? 'insertedIntoShortened' : 'insertedInto', reply.label), copy: false };
    case 'partial':
      return { message: t('insertPartial', reply.label), copy: true };
    case 'already-inserted':
      return { message: t('insertAlready', reply.label), copy: false };
    case 'too-long':
      return { message: t('insertTooLong', [String(reply.length), reply.label, String(reply.limit)]), copy: false };
    case 'no-target':
    case 'focus-in-child-frame':
      return { message: STATUS.noTarget, copy: false };
    case 'refused':
      return { message: t('insertRefused', reply.label), copy: true };
    case 'error':
      return { message: t('insertError', reply.message), copy: true };
  }
}

/** The toolbar badge for the shortcut and the context menu, which have no page to show a status in. */
export function badgeFor(reply: InsertReply): string {
  return reply.status === 'inserted' ? '✓' : reply.status === 'already-inserted' ? '=' : '!';
}

/** The line once the clipboard fallback ran: copied, or where to copy from when even that failed. */
export function afterCopy(message: string, copied: boolean, copyFrom = t('useCopyHint')): string {
  return copied ? t('statusCopiedBecause', message) : t('statusThenCopyFrom', [message, copyFrom]);
}
