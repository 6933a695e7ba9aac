/**
 * Deliver a posting: the one flow behind the popup, the side panel, the keyboard shortcut and the context
 * menu. Take the posting (a preset chosen and tailored, or the one the side panel built), render it, reach
 * the tab, then insert, fill or copy — with the clipboard fallback and the follow-up questions (insert
 * again? shorten to the field's limit?). What differs between surfaces comes in as services, as in
 * Bitwarden's autofill init: how a preset is read, how a tab is reached and spoken to, where the clipboard
 * is. So every surface words and falls back alike, and unit tests hand in fakes.
 */
import type { FillPayload, FillReply, InsertMode, InsertReply, InsertRequest, Rendering } from '../insert/types';
import { fillPayload, postingRendering, sectionsRendering } from '../insert/renderings';
import type { Posting, SectionId } from '../template/types';
import { afterCopy, badgeFor, describeBlocked, describeFill, describeInsert, STATUS, type BlockedWhy } from './insert-wording';
import { t } from '../lib/i18n';
import { errorMessage } from '../lib/errors';

/** A question the user answers before Insert goes on; the answer comes back as `force` / `allowTruncate`. */
export type FollowUp = { kind: 'too-long'; limit: number; length: number } | { kind: 'repeat'; label: string };

export interface DeliveryOutcome {
  ok: boolean;
  /** What happened and where, for the status line or the toolbar tooltip. */
  message: string;
  followUp?: FollowUp;
  /** Per-field result of Fill form. */
  fill?: FillReply;
  /** The toolbar badge (shortcut, context menu): ✓ inserted, = already there, C copied instead, ! otherwise. */
  badge: string;
}

/** The tab to act on; `frameId` when the browser named the frame (context menu), `url` when already known. */
export interface TabTarget {
  tabId: number;
  url?: string;
  frameId?: number;
}

export type TabReach = { reach: 'ready'; url?: string } | { reach: 'blocked'; why: BlockedWhy };

export interface DeliveryServices {
  /** The posting for a preset (the default when none is named), the organization's rules applied. Throws words for the user. */
  loadPosting(presetId: string | undefined): Promise<Posting>;
  /** May we script the tab (restricted page, no grant)? */
  reach(target: TabTarget): Promise<TabReach>;
  insert(target: TabTarget, request: Omit<InsertRequest, 'scope'>): Promise<InsertReply>;
  fill(tabId: number, payload: FillPayload): Promise<FillReply | undefined>;
  /** Puts the rendering on the clipboard (the background: in the page it acted in); rejects when refused. */
  copy(rendering: Rendering, target: TabTarget | null): Promise<void>;
  /** This surface's words for a page that gave us no access (the side panel cannot get activeTab: it says how). */
  noAccessReason?: string;
  /** What to tell the user when even the clipboard refused: "use Copy", or where Copy is. */
  copyHint?: string;
}

export interface DeliverRequest {
  action: 'insert' | 'fill' | 'copy';
  /** A posting already built (side panel), or the preset to tailor (`presetId` undefined: the default). */
  source: { posting: Posting } | { presetId: string | undefined };
  /** One section alone (no title, no heading: it goes into that section's own field); the whole posting without. */
  section?: SectionId;
  /** Null when there is no page at all; Insert and Fill then copy instead. */
  tab: TabTarget | null;
  mode?: InsertMode;
  /** The answer to a repeat question: insert again. */
  force?: boolean;
  /** The answer to a too-long question: cut to the field's limit. */
  allowTruncate?: boolean;
}

export function renderingFor(posting: Posting, section: SectionId | undefined): Rendering {
  return section ? sectionsRendering(posting, [section]) : postingRendering(posting);
}

/** Put it on the clipboard; true when it went. */
const copied = (services: DeliveryServices, rendering: Rendering, tab: TabTarget | null) =>
  services.copy(rendering, tab).then(
    () => true,
    () => false,
  );

/** The page is out of reach: copy instead and say why first (that is the news), then what to do. */
async function copyInstead(services: DeliveryServices, rendering: Rendering, tab: TabTarget | null, why: BlockedWhy): Promise<DeliveryOutcome> {
  const reason = describeBlocked(why, services.noAccessReason);
  if (await copied(services, rendering, tab)) return { ok: false, message: t('copiedInstead', [reason, STATUS.copied]), badge: 'C' };
  return { ok: false, message: t('statusThenCopyFrom', [reason, services.copyHint ?? t('useCopyHint')]), badge: '!' };
}

/** Runs one delivery to its end; never throws (every failure is an outcome with words for the user). */
export async function deliverPosting(services: DeliveryServices, request: DeliverRequest): Promise<DeliveryOutcome> {
  let posting: Posting;
  try {
    posting = 'posting' in request.source ? request.source.posting : await services.loadPosting(request.source.presetId);
  } catch (error) {
    return { ok: false, message: errorMessage(error), badge: '!' };
  }
  const rendering = renderingFor(posting, request.section);
  const { tab } = request;

  if (request.action === 'copy') {
    try {
      await services.copy(rendering, tab);
      return { ok: true, message: STATUS.copied, badge: 'C' };
    } catch (error) {
      return { ok: false, message: t('popupCouldNotCopy', errorMessage(error)), badge: '!' };
    }
  }

  if (!tab) return copyInstead(services, rendering, null, 'no-tab');
  const reached = await services.reach(tab).catch((): TabReach => ({ reach: 'blocked', why: 'no-access' }));
  if (reached.reach === 'blocked') return copyInstead(services, rendering, tab, reached.why);

  if (request.action === 'fill') {
    try {
      const reply = await services.fill(tab.tabId, fillPayload(posting));
      const ok = !!reply?.fields.some((f) => f.outcome === 'filled' || f.outcome === 'appended');
      return { ok, message: describeFill(reply), badge: ok ? '✓' : '!', ...(reply ? { fill: reply } : {}) };
    } catch (error) {
      return { ok: false, message: t('popupCouldNotFill', errorMessage(error)), badge: '!' };
    }
  }

  const reply = await services
    .insert(tab, {
      rendering,
      mode: request.mode ?? 'insert',
      ...(request.force ? { force: true } : {}),
      ...(request.allowTruncate ? { allowTruncate: true } : {}),
    })
    .catch((error: unknown): InsertReply => ({ status: 'error', message: errorMessage(error) }));
  const described = describeInsert(reply);
  const followUp: FollowUp | undefined =
    reply.status === 'too-long'
      ? { kind: 'too-long', limit: reply.limit, length: reply.length }
      : reply.status === 'already-inserted'
        ? { kind: 'repeat', label: reply.label }
        : undefined;
  const outcome: DeliveryOutcome = { ok: reply.status === 'inserted', message: described.message, badge: badgeFor(reply), ...(followUp ? { followUp } : {}) };
  if (!described.copy) return outcome;
  // The text did not (all) go in: the posting goes on the clipboard, and the line says Ctrl+V.
  const didCopy = await copied(services, rendering, tab);
  return { ...outcome, message: afterCopy(described.message, didCopy, services.copyHint), badge: didCopy ? 'C' : '!' };
}
