/**
 * "Check the page" (side panel) and "Check posting" (popup): read the posting from the job board's form
 * and run the checks on it. Reading never changes the page; the only write is the recruiter's own click
 * on "Copy suggestion", which goes to the clipboard, not into the field.
 */
import type { ReadPostingReply } from '../messaging/protocol';
import { readPostingFromTab } from '../messaging/tab-client';
import { t } from '../lib/i18n';
import { escapeHtml } from '../template/render-html';
import { localToday } from './checks-adapter';
import { reachTab, resolveTargetTabId } from './page-services';
import type { PageCheckContext, PageCheckPort, PageCheckResult } from './ports';

type CheckText = typeof import('../checks/check-text').checkText;

/** The reply from the page → findings. Pure apart from the check function handed in (testable without a browser). */
export function findingsForReply(
  reply: ReadPostingReply | undefined,
  checkText: CheckText,
  today: string,
  context: PageCheckContext = {},
): PageCheckResult {
  if (!reply) return { ok: false, message: t('pageCheckNoAnswer') };
  if (reply.status === 'focus-in-child-frame') return { ok: false, message: t('pageCheckChildFrame') };
  const description = reply.description;
  if (reply.status !== 'ok' || !description) return { ok: false, message: t('pageCheckNoField') };
  const parts = {
    description: description.text,
    ...(reply.title?.text.trim() ? { title: reply.title.text } : {}),
    ...(reply.requirements ? { requirements: reply.requirements.text } : {}),
    ...(reply.benefits ? { benefits: reply.benefits.text } : {}),
  };
  const plain = [parts.description, parts.requirements ?? '', parts.benefits ?? ''].join('').replace(/<[^>]*>|&nbsp;|\s/g, '');
  if (plain === '') return { ok: false, message: t('pageCheckEmpty', description.label) };
  // Each field keeps its own format: a plain title input next to a rich description editor is common.
  const format = description.format === 'html' || reply.requirements?.format === 'html' || reply.benefits?.format === 'html' ? 'html' : 'text';
  const findings = checkText(format === 'html' ? asHtmlParts(parts, reply) : parts, {
    format,
    today,
    ...(context.state ? { state: context.state } : {}),
    ...(context.location ? { location: context.location } : {}),
    ...(context.employees !== undefined ? { employees: context.employees } : {}),
    ...(context.fallbackState ? { fallbackState: context.fallbackState } : {}),
  });
  const extraFields = [reply.title?.label ?? '', reply.requirements?.label ?? '', reply.benefits?.label ?? ''].filter(Boolean);
  return { ok: true, findings, fieldLabel: description.label, extraFields };
}

/** Plain-text fields join an HTML reading escaped, with their line breaks kept as <br>. */
function asHtmlParts(parts: { description: string; title?: string; requirements?: string; benefits?: string }, reply: ReadPostingReply) {
  const html = (text: string | undefined, format: 'text' | 'html' | undefined) =>
    text === undefined || format === 'html' ? text : escapeHtml(text).replace(/\n/g, '<br>');
  return {
    description: html(parts.description, reply.description?.format) ?? '',
    ...(parts.title ? { title: parts.title } : {}),
    ...(parts.requirements !== undefined ? { requirements: html(parts.requirements, reply.requirements?.format) } : {}),
    ...(parts.benefits !== undefined ? { benefits: html(parts.benefits, reply.benefits?.format) } : {}),
  };
}

export const tabPageCheck: PageCheckPort = {
  async check(context) {
    const tabId = await resolveTargetTabId(globalThis.location?.search ?? '').catch(() => null);
    if (tabId === null) return { ok: false, message: t('noPageToInsertInto') };
    if ((await reachTab({ tabId })).reach === 'blocked') return { ok: false, message: t('panelPageBlocked') };
    let reply: ReadPostingReply | undefined;
    try {
      reply = await readPostingFromTab(tabId);
    } catch {
      reply = undefined;
    }
    // Loaded on the click: the rules and pay-law tables stay out of the popup's first paint.
    const { checkText } = await import('../checks/check-text');
    return findingsForReply(reply, checkText, localToday(), context);
  },
  async copy(text) {
    try {
      // Plain text only: a suggestion is a phrase to paste into the recruiter's own wording.
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
};
