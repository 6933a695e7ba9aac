/**
 * The side panel's `InsertPort`: the deliver-posting use-case (deliver-posting.ts) with the extension-page
 * services, so the panel reaches tabs, words outcomes and falls back to the clipboard exactly as the popup,
 * the shortcut and the context menu do. The panel already holds its posting: no preset is read here.
 */
import { sanitizeForEditor } from '../insert/sanitize';
// Straight from the renderer module: the template index would pull the jurisdiction tables in.
import { RENDER_HTML_TAGS } from '../template/render-html';
import type { Posting, SectionId } from '../template/types';
import { deliverPosting, type DeliverRequest, type DeliveryServices } from './deliver-posting';
import { pageDeliveryServices, resolveTargetTabId } from './page-services';
import type { InsertOutcome, InsertPort } from './ports';
import { t } from '../lib/i18n';

const services: DeliveryServices = {
  ...pageDeliveryServices({
    // The panel has DOMPurify loaded anyway: the clipboard's HTML goes through it too (defence in depth).
    sanitize: (html) => sanitizeForEditor(html, RENDER_HTML_TAGS),
    // Chrome grants a page (activeTab) for the toolbar button, the shortcut or the menu — not for a click in
    // the side panel — so the panel says how to open the page to the extension.
    noAccessReason: t('panelPageBlocked'),
  }),
  loadPosting: () => Promise.reject(new Error('The side panel delivers the posting it built')),
};

/** The side panel cannot be the target: `?tab=<id>` names one (tests), otherwise the active tab of its window. */
async function target(): Promise<DeliverRequest['tab']> {
  const tabId = await resolveTargetTabId(globalThis.location?.search ?? '').catch(() => null);
  return tabId === null ? null : { tabId };
}

export const tabInserter: InsertPort = {
  async insert(posting, section, options = {}) {
    return deliverPosting(services, { action: 'insert', source: { posting }, section, tab: await target(), ...options });
  },
  async fill(posting) {
    return deliverPosting(services, { action: 'fill', source: { posting }, tab: await target() });
  },
};

/** The panel's Copy button: same renderings and clipboard as Insert and the popup. */
export function copyPart(posting: Posting, section: SectionId | undefined): Promise<InsertOutcome> {
  return deliverPosting(services, { action: 'copy', source: { posting }, section, tab: null });
}
