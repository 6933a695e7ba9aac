import { t, type MessageKey } from '../lib/i18n';
import type { FillReply, InsertReply } from '../insert/types';

/** The status lines users and tests rely on. */
export const STATUS = {
  copied: t('statusCopied'),
  noTarget: t('statusNoTarget'),
} as const;

/** Why a page is out of reach; each has its own words, shown beside a disabled Insert and before a copy. */
export type BlockedWhy = 'no-tab' | 'loading' | 'browser-page' | 'store' | 'pdf' | 'no-access';

const BLOCKED_TEXT: Record<BlockedWhy, MessageKey> = {
  'no-tab': 'noPageToInsertInto',
  loading: 'pageReasonLoading',
  'browser-page': 'pageReasonBrowser',
  store: 'pageReasonStore',
  pdf: 'pageReasonPdf',
  'no-access': 'pageReasonNoAccess',
};

/** The reason, in a sentence; `noAccess` is a surface's own words for a page that gave no access. */
export function describeBlocked(why: BlockedWhy, noAccess?: string): string {
  return why === 'no-access' && noAccess ? noAccess : t(BLOCKED_TEXT[why]);
}

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

const OUTCOME_TEXT: Record<FillReply['fields'][number]['outcome'], MessageKey> = {
  filled: 'fillOutcomeFilled',
  appended: 'fillOutcomeAppended',
  'skipped-has-text': 'fillOutcomeSkipped',
  'already-there': 'fillOutcomeAlreadyThere',
  partial: 'fillOutcomePartial',
  refused: 'fillOutcomeRefused',
  'too-long': 'fillOutcomeTooLong',
};

export function describeFillOutcome(outcome: FillReply['fields'][number]['outcome']): string {
  return t(OUTCOME_TEXT[outcome]);
}

export function describeFill(reply: FillReply | undefined): string {
  if (!reply || reply.fields.length === 0) return t('fillNoFields');
  const done = reply.fields.filter((f) => f.outcome === 'filled' || f.outcome === 'appended').length;
  return t('fillSummary', [String(done), String(reply.fields.length)]);
}
