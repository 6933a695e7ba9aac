/**
 * The one place the side panel touches the insertion engine: the same typed messages, content-script
 * injection and renderings the popup uses (messaging/tab-client.ts, insert/renderings.ts), aimed at the
 * active tab of the panel's window. Replies become one sentence for the panel's status line.
 */
import { browser } from 'wxt/browser';
import { fillPayload, postingRendering, sectionsRendering } from '../insert/renderings';
import type { FillReply, InsertReply, Rendering } from '../messaging/protocol';
import { isRestrictedUrl } from '../messaging/restricted';
import { ensureContentScript, fillTab, insertIntoTab } from '../messaging/tab-client';
import type { Posting, SectionId } from '../template/types';
import { copyPosting } from './copyPosting';
import type { ActionResult } from './InsertActions';
import type { InsertPort } from './ports';
import { PREVIEW_TAGS } from './templateAdapter';

/**
 * The tab to act on: `?tab=<id>` when the panel page was opened with one (real-browser tests open
 * sidepanel.html as a tab, which would otherwise make the panel itself the active tab), else the active
 * tab of the panel's window.
 */
async function activeTab(): Promise<{ id: number; url?: string }> {
  const named = Number(new URLSearchParams(globalThis.location?.search ?? '').get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named);
    return { id: named, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab in this window.');
  return { id: tab.id, url: tab.url };
}

/** Copy instead, and say why: the user still gets the text with one more keystroke. */
async function copyInstead(rendering: Rendering, reason: string): Promise<ActionResult> {
  try {
    await copyPosting(rendering.html, rendering.text, PREVIEW_TAGS);
    return { ok: false, message: `${reason} The text is on the clipboard instead: click the field and paste (Ctrl+V / ⌘V).` };
  } catch {
    return { ok: false, message: `${reason} Use Copy, then paste into the field.` };
  }
}

/** Reach the tab's content script, or explain (and copy) when the browser will not allow it. */
async function reachableTab(rendering: Rendering): Promise<{ id: number } | ActionResult> {
  const tab = await activeTab();
  if (isRestrictedUrl(tab.url)) return copyInstead(rendering, 'The browser does not let extensions write into this page.');
  if ((await ensureContentScript(tab.id)) === 'blocked') {
    return copyInstead(
      rendering,
      'This page is not open to the extension yet (click the toolbar button once on this page to allow it).',
    );
  }
  return { id: tab.id };
}

export function describeInsertReply(reply: InsertReply): ActionResult {
  switch (reply.status) {
    case 'inserted':
      return { ok: true, message: `Inserted into “${reply.label}”${reply.truncated ? ' (cut to the field’s limit)' : ''}.` };
    case 'partial':
      return { ok: false, message: `Only part of the text went into “${reply.label}”; check the field.` };
    case 'already-inserted':
      return { ok: false, message: `“${reply.label}” already holds this text; nothing was added.` };
    case 'too-long':
      return {
        ok: false,
        message: `“${reply.label}” takes at most ${reply.limit} characters and this text has ${reply.length}. Insert one part at a time.`,
      };
    case 'no-target':
      return { ok: false, message: 'Click into the job description field on the page first, then press Insert.' };
    case 'refused':
      return { ok: false, message: `“${reply.label}” refused the text.` };
    case 'focus-in-child-frame':
      return { ok: false, message: 'The field sits in a frame the extension cannot reach. Use Copy and paste.' };
    case 'error':
      return { ok: false, message: `Insertion failed: ${reply.message}` };
  }
}

const OUTCOME_WORDS: Record<FillReply['fields'][number]['outcome'], string> = {
  filled: 'filled',
  appended: 'added to',
  'skipped-has-text': 'skipped (already has text)',
  'already-there': 'already there',
  partial: 'partly filled',
  refused: 'refused',
  'too-long': 'too long for the field',
};

export function describeFillReply(reply: FillReply | undefined): ActionResult {
  if (!reply || reply.fields.length === 0) return { ok: false, message: 'No posting form fields were found on this page.' };
  const ok = reply.fields.some((f) => f.outcome === 'filled' || f.outcome === 'appended');
  return { ok, message: reply.fields.map((f) => `${f.label}: ${OUTCOME_WORDS[f.outcome]}`).join('; ') + '.' };
}

export const tabInserter: InsertPort = {
  async insert(posting: Posting, section: SectionId | undefined) {
    const rendering = section ? sectionsRendering(posting, [section]) : postingRendering(posting);
    const reached = await reachableTab(rendering);
    if (!('id' in reached)) return reached;
    const reply = await insertIntoTab(reached.id, { rendering, mode: 'insert' });
    if (reply.status === 'refused') return copyInstead(rendering, `“${reply.label}” refused the text.`);
    return describeInsertReply(reply);
  },
  async fill(posting: Posting) {
    const reached = await reachableTab(postingRendering(posting));
    if (!('id' in reached)) return reached;
    return describeFillReply(await fillTab(reached.id, fillPayload(posting)));
  },
};
