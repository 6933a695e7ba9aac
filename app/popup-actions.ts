import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../lib/i18n';
import type { FillReply, ProbeReply } from '../messaging/protocol';
import { isRestrictedUrl } from '../messaging/restricted';
import { ensureContentScript, probeTab } from '../messaging/tab-client';

export { STATUS } from './insert-wording';

/** `popup.html?tab=N` names the tab (tests open the popup as a tab); otherwise the active tab. */
export async function resolveTargetTabId(search: string): Promise<number | null> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export type TabState =
  | { reach: 'ready'; probe: ProbeReply | undefined; url: string | undefined }
  | { reach: 'blocked' };

/** May we script the tab? No page scan: what the side panel's Insert / Fill need before sending. */
export async function reachTab(tabId: number): Promise<{ reach: 'ready'; url: string | undefined } | { reach: 'blocked' }> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { reach: 'blocked' };
  }
  if (isRestrictedUrl(url)) return { reach: 'blocked' };
  if ((await ensureContentScript(tabId)) === 'blocked') return { reach: 'blocked' };
  return { reach: 'ready', url };
}

/** Can we act on the tab, what does it hold (focused field, multi-field form), and its URL (one tabs.get)? */
export async function inspectTab(tabId: number): Promise<TabState> {
  const reached = await reachTab(tabId);
  if (reached.reach === 'blocked') return reached;
  try {
    return { ...reached, probe: await probeTab(tabId) };
  } catch {
    return { ...reached, probe: undefined };
  }
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
