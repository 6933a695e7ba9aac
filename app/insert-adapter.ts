/**
 * The one place the side panel touches the insertion engine. It goes through exactly what the popup
 * uses — target tab resolution, reachability check, the insert flow with its wording and clipboard
 * fallback (app/popup-actions.ts, insert-flow.ts, clipboard.ts, insert/renderings.ts) — so both
 * surfaces behave and word things the same.
 */
import { fillPayload, postingRendering, sectionsRendering } from '../insert/renderings';
import { copyRendering } from './clipboard';
import { sanitizeForEditor } from '../insert/sanitize';
import { insertWithFallback } from './insert-flow';
import { STATUS, describeFill, reachTab, resolveTargetTabId } from './popup-actions';
import type { Rendering } from '../messaging/protocol';
import { fillTab } from '../messaging/tab-client';
// Straight from the renderer module: the template index would pull the jurisdiction tables in.
import { RENDER_HTML_TAGS } from '../template/render-html';
import type { Posting, SectionId } from '../template/types';
import type { InsertOutcome, InsertPort } from './ports';
import { t } from '../lib/i18n';

const sanitizeForClipboard = (html: string): string => sanitizeForEditor(html, RENDER_HTML_TAGS);

/** The whole posting, or one section alone (no title, no heading: it goes into that section's own field). */
export function renderingFor(posting: Posting, section: SectionId | undefined): Rendering {
  return section ? sectionsRendering(posting, [section]) : postingRendering(posting);
}

/**
 * The side panel cannot be the target: `?tab=<id>` names one (real-browser tests open sidepanel.html as
 * a tab), otherwise the active tab of the panel's window.
 */
async function targetTab(): Promise<number | null> {
  return resolveTargetTabId(globalThis.location?.search ?? '').catch(() => null);
}

/** Copy instead, and say why: the user still gets the text with one more keystroke. */
async function copyInstead(rendering: Rendering, reason: string): Promise<InsertOutcome> {
  try {
    await copyRendering(rendering, sanitizeForClipboard);
    return { ok: false, message: t('copiedInstead', [reason, STATUS.copied]) };
  } catch {
    return { ok: false, message: t('copyInsteadFailed', reason) };
  }
}

/**
 * Why a page is out of reach. Chrome grants a page to the extension (activeTab) when the toolbar button,
 * the shortcut or the context menu is used on it — not when the side panel is clicked — so say so.
 */
const BLOCKED = t('panelPageBlocked');

async function reach(rendering: Rendering): Promise<number | InsertOutcome> {
  const tabId = await targetTab();
  if (tabId === null) return copyInstead(rendering, t('noPageToInsertInto'));
  // Only whether we may script it: the page scan inspectTab does is for the popup's buttons.
  if ((await reachTab(tabId)).reach === 'blocked') return copyInstead(rendering, BLOCKED);
  return tabId;
}

export const tabInserter: InsertPort = {
  async insert(posting, section, extra = {}) {
    const rendering = renderingFor(posting, section);
    const tabId = await reach(rendering);
    if (typeof tabId !== 'number') return tabId;
    return insertWithFallback(tabId, { rendering, mode: 'insert', ...extra }, (r) => copyRendering(r, sanitizeForClipboard));
  },
  async fill(posting) {
    const tabId = await reach(postingRendering(posting));
    if (typeof tabId !== 'number') return tabId;
    const reply = await fillTab(tabId, fillPayload(posting));
    const ok = !!reply?.fields.some((f) => f.outcome === 'filled' || f.outcome === 'appended');
    return { ok, message: describeFill(reply), fill: reply };
  },
};

/** Copy for the panel's Copy button: same renderings and clipboard writer as Insert and the popup. */
export async function copyPart(posting: Posting, section: SectionId | undefined): Promise<InsertOutcome> {
  await copyRendering(renderingFor(posting, section), sanitizeForClipboard);
  return { ok: true, message: STATUS.copied };
}
