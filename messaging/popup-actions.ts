import { browser } from 'wxt/browser';
import type { FillReply, InsertReply, ProbeReply } from './protocol';
import { isRestrictedUrl } from './restricted';
import { ensureContentScript, probeTab } from './tab-client';

/** The status lines users and tests rely on. */
export const STATUS = {
  copied: 'Copied: press Ctrl+V to paste',
  noTarget: 'Click into the job description field first, then press Insert',
  blocked: "This page can't be changed by extensions — use Copy",
  noTab: 'No page to insert into — use Copy',
} as const;

/** `popup.html?tab=N` names the tab (tests open the popup as a tab); otherwise the active tab. */
export async function resolveTargetTabId(search: string): Promise<number | null> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export type TabState =
  | { reach: 'ready'; probe: ProbeReply | undefined }
  | { reach: 'blocked' };

/** Can we act on the tab, and what does it hold (focused field, multi-field form)? */
export async function inspectTab(tabId: number): Promise<TabState> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { reach: 'blocked' };
  }
  if (isRestrictedUrl(url)) return { reach: 'blocked' };
  if ((await ensureContentScript(tabId)) === 'blocked') return { reach: 'blocked' };
  try {
    return { reach: 'ready', probe: await probeTab(tabId) };
  } catch {
    return { reach: 'ready', probe: undefined };
  }
}

/** Status line for an insert answer; `copy` = the popup should put the posting on the clipboard. */
export function describeInsert(reply: InsertReply): { message: string; copy: boolean } {
  switch (reply.status) {
    case 'inserted':
      return { message: `Inserted into ${reply.label}${reply.truncated ? ' (shortened to fit)' : ''}`, copy: false };
    case 'partial':
      return { message: `Only part of the posting went into ${reply.label}. ${STATUS.copied} the whole posting`, copy: true };
    case 'already-inserted':
      return { message: `Already inserted into ${reply.label}`, copy: false };
    case 'too-long':
      return {
        message: `The posting has ${reply.length} characters; ${reply.label} takes ${reply.limit}`,
        copy: false,
      };
    case 'no-target':
    case 'focus-in-child-frame':
      return { message: STATUS.noTarget, copy: false };
    case 'refused':
      return { message: `${STATUS.copied} (${reply.label} did not accept the text)`, copy: true };
    case 'error':
      return { message: `${STATUS.copied} (could not insert: ${reply.message})`, copy: true };
  }
}

const OUTCOME_TEXT: Record<FillReply['fields'][number]['outcome'], string> = {
  filled: 'filled',
  appended: 'added after the existing text',
  'skipped-has-text': 'skipped',
  'already-there': 'already there',
  partial: 'only partly filled',
  refused: 'refused the text',
  'too-long': 'too long, skipped',
};

export function describeFillOutcome(outcome: FillReply['fields'][number]['outcome']): string {
  return OUTCOME_TEXT[outcome];
}

export function describeFill(reply: FillReply | undefined): string {
  if (!reply || reply.fields.length === 0) return 'No job form fields found on this page';
  const done = reply.fields.filter((f) => f.outcome === 'filled' || f.outcome === 'appended').length;
  return `Filled ${done} of ${reply.fields.length} fields`;
}
