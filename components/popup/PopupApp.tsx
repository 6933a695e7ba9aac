import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Posting } from '../../template/types';
import { fillPayload, postingRendering } from '../../insert/renderings';
import { copyRendering } from '../../app/clipboard';
import { insertWithFallback } from '../../app/insert-flow';
import { describeFill, inspectTab, resolveTargetTabId, STATUS, type TabState } from '../../app/popup-actions';
import { readLastPreset, saveLastPreset } from '../../app/last-preset';
import { choosePosting, POLICY_NOT_LOADED, POLICY_WAIT_MS, TEMPLATE_CHOICE_ID } from '../../app/posting-source';
import { waitForTabLoaded } from '../../messaging/tab-loading';
import { browserSources, findPreset, readPresetsSnapshot, type PresetsSnapshot } from '../../presets/read-only';
import type { FillReply, Rendering } from '../../messaging/protocol';
import { fillTab } from '../../messaging/tab-client';
import { FillReport } from '../shared/FillReport';
import { t } from '../../lib/i18n';
import { openSidePanel } from '../../app/open-side-panel';
import { PresetPicker } from './PresetPicker';
import type { SiteAccessToggle as SiteAccessToggleComponent } from './SiteAccessToggle';
import { RepeatPrompt } from '../shared/RepeatPrompt';
import { StatusLine } from './StatusLine';
import { TooLongPrompt } from '../shared/TooLongPrompt';

type Pending =
  | { kind: 'none' }
  | { kind: 'too-long'; limit: number; length: number }
  | { kind: 'repeat'; label: string };

/** The first read shows personal presets at once; a slow policy read continues in the background. */
const FIRST_POLICY_WAIT_MS = 150;

export const STILL_LOADING = t('popupStillLoading');

/** The remembered pick when it still exists, else the default (a deleted preset is not an error here). */
function initialChoice(snapshot: PresetsSnapshot, remembered: string | null): string {
  if (remembered && (remembered === TEMPLATE_CHOICE_ID ? snapshot.defaultId === null : findPreset(snapshot, remembered))) {
    return remembered;
  }
  return snapshot.defaultId ?? TEMPLATE_CHOICE_ID;
}

/** Preset picker, Insert / Fill / Copy for the target tab, the side panel (wording: app/popup-actions.ts). */
export function PopupApp() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [tab, setTab] = useState<TabState | null>(null);
  // Loaded after the first paint (it pulls in the site profiles): the popup's own actions come first.
  const [SiteAccessToggle, setSiteAccessToggle] = useState<typeof SiteAccessToggleComponent | null>(null);
  const [snapshot, setSnapshot] = useState<PresetsSnapshot | null>(null);
  const [policyGaveUp, setPolicyGaveUp] = useState(false);
  const [choiceId, setChoiceId] = useState<string>(TEMPLATE_CHOICE_ID);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [replace, setReplace] = useState(false);
  const [pending, setPending] = useState<Pending>({ kind: 'none' });
  const [fillReply, setFillReply] = useState<FillReply | null>(null);
  const running = useRef(false);
  const picked = useRef(false);
  // Chrome opens the side panel only inside the click's user gesture: the window id must be known before.
  const windowId = useRef<number | undefined>(undefined);

  const choice = useMemo(() => (snapshot ? choosePosting(snapshot, choiceId) : null), [snapshot, choiceId]);
  const posting = choice?.ok && !snapshot?.organizationLate ? choice.posting : null;

  useEffect(() => {
    void (async () => {
      const [read, remembered] = await Promise.all([readPresetsSnapshot(browserSources(), FIRST_POLICY_WAIT_MS), readLastPreset()]);
      setChoiceId(initialChoice(read, remembered));
      setSnapshot(read);
      if (!read.organizationLate) return;
      // Just after browser start the policy answers late; until then the actions wait (its locked fields apply).
      const full = await readPresetsSnapshot(browserSources(), POLICY_WAIT_MS);
      if (!picked.current) setChoiceId(initialChoice(full, remembered));
      setSnapshot(full);
      setPolicyGaveUp(full.organizationLate === true);
    })();
    // Firefox's sidebar needs no window; a failure here only matters for Chrome's click, which says so.
    void Promise.resolve()
      .then(() => browser.windows.getCurrent())
      .then((current) => (windowId.current = current?.id))
      .catch(() => undefined);
    void (async () => {
      const id = await resolveTargetTabId(location.search).catch(() => null);
      setTabId(id);
      if (id === null) {
        setTab({ reach: 'blocked' });
        setStatus(STATUS.noTab);
        return;
      }
      setStatus(t('popupCheckingPage'));
      if (!(await waitForTabLoaded(id))) {
        setTab({ reach: 'blocked' });
        setStatus(STILL_LOADING);
        return;
      }
      const state = await inspectTab(id);
      setTab(state);
      setStatus(state.reach === 'blocked' ? STATUS.blocked : '');
    })().catch((error: unknown) => setStatus(t('popupCouldNotReadPage', String(error))));
  }, []);

  const tabUrl = tab?.reach === 'ready' ? tab.url : undefined;
  useEffect(() => {
    if (tab?.reach !== 'ready' || !tabUrl || !/^https?:/.test(tabUrl)) return;
    import('./SiteAccessToggle')
      .then((module) => setSiteAccessToggle(() => module.SiteAccessToggle))
      .catch(() => undefined);
  }, [tab, tabUrl]);

  const pick = (id: string) => {
    picked.current = true;
    setChoiceId(id);
    setPending({ kind: 'none' });
    setFillReply(null);
    void saveLastPreset(id);
  };

  const openPanel = () => {
    // Called first thing in the click handler: any await before it would lose the user gesture.
    openSidePanel(windowId.current)
      .then(() => {
        // The real popup makes way for the panel; a popup opened as a tab (?tab=, tests) stays.
        if (!new URLSearchParams(location.search).has('tab')) window.close();
      })
      .catch((error: unknown) =>
        setStatus(t('popupCouldNotOpenPanel', error instanceof Error ? error.message : String(error))),
      );
  };

  const copyPosting = (rendering: Rendering) => copyRendering(rendering);
  const copy = async () => {
    if (!posting) return;
    try {
      await copyPosting(postingRendering(posting));
      setStatus(STATUS.copied);
    } catch (error) {
      setStatus(t('popupCouldNotCopy', String(error)));
    }
  };

  /** One action at a time: state updates render later, so two clicks in one task must start only one. */
  const run = async (action: (id: number, chosen: Posting) => Promise<void>) => {
    if (!posting || tabId === null || running.current) return;
    running.current = true;
    setBusy(true);
    setPending({ kind: 'none' });
    setFillReply(null);
    try {
      await action(tabId, posting);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const insert = (options: { force?: boolean; allowTruncate?: boolean } = {}) =>
    run(async (id, chosen) => {
      const result = await insertWithFallback(
        id,
        { rendering: postingRendering(chosen), mode: replace ? 'replace' : 'insert', ...options },
        copyPosting,
      );
      if (result.followUp) setPending(result.followUp);
      setStatus(result.message);
    });

  const fill = () =>
    run(async (id, chosen) => {
      try {
        const reply = await fillTab(id, fillPayload(chosen));
        setFillReply(reply ?? null);
        setStatus(describeFill(reply));
      } catch (error) {
        setStatus(t('popupCouldNotFill', String(error)));
      }
    });

  const ready = tab?.reach === 'ready';
  const target = ready ? tab.probe?.target : null;
  const form = ready ? tab.probe?.form : null;
  return (
    <main class="popup">
      <h1>{t('popupHeading')}</h1>
      {snapshot && <PresetPicker snapshot={snapshot} value={choiceId} disabled={busy} onChange={pick} />}
      {posting && <p class="posting-title">{posting.title}</p>}
      <div class="actions">
        {ready && (
          <button type="button" class="primary" disabled={busy || !posting} onClick={() => void insert()}>
            {target ? t('popupInsertInto', target.label) : t('popupInsertButton')}
          </button>
        )}
        {ready && form && (
          <button type="button" disabled={busy || !posting} onClick={() => void fill()}>
            {t('popupFillButton', String(form.fields.length))}
          </button>
        )}
        <button type="button" class={ready ? '' : 'primary'} disabled={!posting} onClick={() => void copy()}>
          {t('popupCopyButton')}
        </button>
        <button type="button" onClick={openPanel}>
          {t('popupOpenPanelButton')}
        </button>
      </div>
      {ready && (
        <label class="option">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace((e.currentTarget as HTMLInputElement).checked)} />
          {t('popupReplaceOption')}
        </label>
      )}
      {ready && tabUrl && SiteAccessToggle && <SiteAccessToggle url={tabUrl} onMessage={setStatus} />}
      {pending.kind === 'too-long' && (
        <TooLongPrompt
          limit={pending.limit}
          length={pending.length}
          onShorten={() => void insert({ allowTruncate: true })}
          onCopy={() => {
            setPending({ kind: 'none' });
            void copy();
          }}
          onCancel={() => setPending({ kind: 'none' })}
        />
      )}
      {pending.kind === 'repeat' && (
        <RepeatPrompt
          label={pending.label}
          onConfirm={() => void insert({ force: true })}
          onCancel={() => setPending({ kind: 'none' })}
        />
      )}
      <StatusLine
        message={
          busy
            ? t('working')
            : snapshot?.organizationLate
              ? policyGaveUp
                ? POLICY_NOT_LOADED
                : t('popupLoadingOrgPresets')
              : choice && !choice.ok
                ? choice.error.message
                : status
        }
      />
      {fillReply && <FillReport reply={fillReply} />}
    </main>
  );
}
