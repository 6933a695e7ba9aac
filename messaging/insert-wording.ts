import type { InsertReply } from './protocol';

/** The status lines users and tests rely on. */
export const STATUS = {
  copied: 'Copied: press Ctrl+V to paste',
  noTarget: 'Click into the job description field first, then press Insert',
  blocked: "This page can't be changed by extensions — use Copy",
  noTab: 'No page to insert into — use Copy',
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
      return { message: `Inserted into ${reply.label}${reply.truncated ? ' (shortened to fit)' : ''}`, copy: false };
    case 'partial':
      return { message: `Only part of the posting went into ${reply.label}`, copy: true };
    case 'already-inserted':
      return { message: `Already inserted into ${reply.label}`, copy: false };
    case 'too-long':
      return { message: `The posting has ${reply.length} characters; ${reply.label} takes ${reply.limit}`, copy: false };
    case 'no-target':
    case 'focus-in-child-frame':
      return { message: STATUS.noTarget, copy: false };
    case 'refused':
      return { message: `${reply.label} did not accept the text`, copy: true };
    case 'error':
      return { message: `Could not insert: ${reply.message}`, copy: true };
  }
}

/** The toolbar badge for the shortcut and the context menu, which have no page to show a status in. */
export function badgeFor(reply: InsertReply): string {
  return reply.status === 'inserted' ? '✓' : reply.status === 'already-inserted' ? '=' : '!';
}

/** The line once the clipboard fallback ran: copied, or where to copy from when even that failed. */
export function afterCopy(message: string, copied: boolean, copyFrom = 'use Copy'): string {
  return copied ? `${STATUS.copied} (${message})` : `${message} — ${copyFrom}`;
}
