import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { deliverPosting, type DeliverRequest, type FollowUp } from '../../app/deliver-posting';
import { describeBlocked } from '../../app/insert-wording';
import type { TabState } from '../../app/page-services';
import type { PopupPorts } from '../../app/ports';
import { choosePosting, loadCurrentPosting, TEMPLATE_CHOICE_ID, type PostingChoice } from '../../app/posting-source';
import type { FillReply } from '../../insert/types';
import { t } from '../../lib/i18n';
import { findPreset, type PresetsSnapshot } from '../../presets/read-only';
import { errorMessage } from '../../lib/errors';

/** The remembered pick when it still exists, else the default (a deleted preset is not an error here). */
function initialChoice(snapshot: PresetsSnapshot, remembered: string | null): string {
  if (remembered && (remembered === TEMPLATE_CHOICE_ID ? snapshot.defaultId === null : findPreset(snapshot, remembered))) {
    return remembered;
  }
  return snapshot.defaultId ?? TEMPLATE_CHOICE_ID;
}

export interface PopupState {
  snapshot: PresetsSnapshot | null;
  choiceId: string;
  choice: PostingChoice | null;
  /** Null while the tab is being looked at (a few ms; no text for it). */
  tab: TabState | null;
  /** Why Insert is disabled, shown beside it; null when it is not blocked by the page. */
  blockedReason: string | null;
  busy: boolean;
  replace: boolean;
  status: string;
  followUp: FollowUp | null;
  fillReply: FillReply | null;
}

export interface PopupActions {
  pick(id: string): void;
  setReplace(replace: boolean): void;
  insert(answer?: { force?: boolean; allowTruncate?: boolean }): Promise<void>;
  fill(): Promise<void>;
  copy(): Promise<void>;
  /** Enter: Insert where the page takes it, else Copy; nothing while the page is still being looked at. */
  primary(): void;
  dismissFollowUp(): void;
  openPanel(): void;
  setStatus(message: string): void;
}

/**
 * The popup's state and actions over its ports. Personal presets show at once; an organization policy
 * that answers late joins the picker when it comes, and an action started before waits for it (its locked
 * fields must hold), without a loading line. Every action goes through the deliver-posting use-case.
 */
export function usePopup(ports: PopupPorts): [PopupState, PopupActions] {
  const [snapshot, setSnapshot] = useState<PresetsSnapshot | null>(null);
  const [choiceId, setChoiceId] = useState<string>(TEMPLATE_CHOICE_ID);
  const [tabId, setTabId] = useState<number | null>(null);
  const [tab, setTab] = useState<TabState | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [replace, setReplace] = useState(false);
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const [fillReply, setFillReply] = useState<FillReply | null>(null);
  const running = useRef(false);
  const picked = useRef(false);
  // The snapshot actions use: the first one when the policy answered in time, else the full read.
  const complete = useRef<Promise<PresetsSnapshot> | null>(null);
  // Chrome opens the side panel only inside the click's user gesture: the window id must be known before.
  const windowId = useRef<number | undefined>(undefined);

  const choice = useMemo(() => (snapshot ? choosePosting(snapshot, choiceId) : null), [snapshot, choiceId]);

  useEffect(() => {
    void (async () => {
      const [quick, remembered] = await Promise.all([ports.presets.quick(), ports.lastPreset.read()]);
      setChoiceId(initialChoice(quick, remembered));
      setSnapshot(quick);
      complete.current = quick.organizationLate ? ports.presets.full() : Promise.resolve(quick);
      if (!quick.organizationLate) return;
      const full = await complete.current;
      if (!picked.current) setChoiceId(initialChoice(full, remembered));
      setSnapshot(full);
    })();
    // Firefox's sidebar needs no window; a failure here only matters for Chrome's click, which says so.
    void Promise.resolve()
      .then(() => ports.sidePanel.windowId())
      .then((id) => (windowId.current = id))
      .catch(() => undefined);
    void (async () => {
      const id = await ports.tabs.target().catch(() => null);
      setTabId(id);
      if (id === null) {
        setTab({ reach: 'blocked', why: 'no-tab' });
        return;
      }
      const first = await ports.tabs.inspect(id);
      setTab(first);
      if (first.reach === 'ready' || first.why !== 'loading') return;
      // A page still loading cannot take the content script reliably: say so, and look again once loaded.
      if (await ports.tabs.waitLoaded(id)) setTab(await ports.tabs.inspect(id));
    })().catch((error: unknown) => {
      setTab({ reach: 'blocked', why: 'no-access' });
      setStatus(t('popupCouldNotReadPage', String(error)));
    });
  }, [ports]);

  /** One action at a time: state updates render later, so two clicks in one task must start only one. */
  const deliver = async (request: Pick<DeliverRequest, 'action' | 'force' | 'allowTruncate'>) => {
    if (running.current || !choice?.ok || !complete.current) return;
    running.current = true;
    // The user acted on what they saw: a late policy must not switch the pick under them.
    picked.current = true;
    const snapshotRead = complete.current;
    const looked = tab;
    setBusy(true);
    setFollowUp(null);
    setFillReply(null);
    try {
      const outcome = await deliverPosting(
        {
          ...ports.delivery,
          loadPosting: async (presetId) => loadCurrentPosting(presetId, await snapshotRead),
          // The popup looked at the page as it opened: a page found ready is not asked again (no extra round trip).
          ...(looked?.reach === 'ready' ? { reach: async () => ({ reach: 'ready' as const }) } : {}),
        },
        {
          ...request,
          source: { presetId: choiceId },
          tab: tabId === null ? null : { tabId, ...(tab?.reach === 'ready' && tab.url ? { url: tab.url } : {}) },
          mode: replace ? 'replace' : 'insert',
        },
      );
      setStatus(outcome.message);
      setFollowUp(outcome.followUp ?? null);
      setFillReply(outcome.fill ?? null);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const actions: PopupActions = {
    pick(id) {
      picked.current = true;
      setChoiceId(id);
      setFollowUp(null);
      setFillReply(null);
      void ports.lastPreset.save(id);
    },
    setReplace,
    insert: (answer = {}) => deliver({ action: 'insert', ...answer }),
    fill: () => deliver({ action: 'fill' }),
    copy: () => deliver({ action: 'copy' }),
    primary() {
      if (!tab) return;
      void (tab.reach === 'ready' ? actions.insert() : actions.copy());
    },
    dismissFollowUp: () => setFollowUp(null),
    openPanel() {
      // Called first thing in the click handler: any await before it would lose the user gesture.
      ports.sidePanel
        .open(windowId.current)
        .then(() => ports.sidePanel.closePopup())
        .catch((error: unknown) => setStatus(t('popupCouldNotOpenPanel', errorMessage(error))));
    },
    setStatus,
  };

  const blockedReason = tab?.reach === 'blocked' ? describeBlocked(tab.why) : null;
  return [{ snapshot, choiceId, choice, tab, blockedReason, busy, replace, status, followUp, fillReply }, actions];
}
