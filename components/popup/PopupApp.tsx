import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupPorts } from '../../app/ports';
import { t } from '../../lib/i18n';
import { FillReport } from '../common/FillReport';
import { PageCheck } from '../common/PageCheck';
import { RepeatPrompt } from '../common/RepeatPrompt';
import { TooLongPrompt } from '../common/TooLongPrompt';
import { PresetPicker } from './PresetPicker';
import type { SiteAccessToggleProps } from './SiteAccessToggle';
import { StatusLine } from './StatusLine';
import { usePopup } from './usePopup';

export interface PopupAppProps {
  ports: PopupPorts;
  /** "Enable on this site", loaded after the first paint (it pulls in the site profiles); absent: not offered. */
  loadSiteAccessToggle?: () => Promise<ComponentType<SiteAccessToggleProps>>;
}

/**
 * Enter anywhere in the popup (nothing focused yet, the picker, the checkbox) runs the primary action;
 * a button or link answers Enter itself, so it is left alone.
 */
function useEnterKey(run: () => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if ((event.target as Element | null)?.closest?.('button, a, textarea')) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Preset picker, Insert / Fill / Copy for the target tab, the side panel (the flow: app/deliver-posting.ts). */
export function PopupApp({ ports, loadSiteAccessToggle }: PopupAppProps) {
  const [state, actions] = usePopup(ports);
  useEnterKey(actions.primary);
  const { snapshot, choiceId, choice, tab, blockedReason, busy, followUp, fillReply } = state;
  const [SiteAccessToggle, setSiteAccessToggle] = useState<ComponentType<SiteAccessToggleProps> | null>(null);

  const ready = tab?.reach === 'ready';
  const tabUrl = ready ? tab.url : undefined;
  useEffect(() => {
    if (!tabUrl || !/^https?:/.test(tabUrl) || !loadSiteAccessToggle) return;
    loadSiteAccessToggle()
      .then((component) => setSiteAccessToggle(() => component))
      .catch(() => undefined);
  }, [tabUrl, loadSiteAccessToggle]);

  const posting = choice?.ok ? choice.posting : null;
  const target = ready ? tab.probe?.target : null;
  const form = ready ? tab.probe?.form : null;
  return (
    <main class="popup">
      <h1>{t('popupHeading')}</h1>
      {snapshot && <PresetPicker snapshot={snapshot} value={choiceId} disabled={busy} onChange={actions.pick} />}
      {posting && <p class="posting-title">{posting.title}</p>}
      <div class="actions">
        {/* Shown once the page has been looked at (a few ms), so it appears with its field's name; then it
            stays, disabled with the reason beside it where the page cannot be changed. */}
        {tab && (
          <div class="insert-row">
            <button
              type="button"
              class="primary"
              disabled={busy || !posting || !ready}
              aria-describedby={blockedReason ? 'insert-reason' : undefined}
              onClick={() => void actions.insert()}
            >
              {target ? t('popupInsertInto', target.label) : t('popupInsertButton')}
            </button>
            {blockedReason && (
              <p id="insert-reason" class="reason">
                {blockedReason}
              </p>
            )}
          </div>
        )}
        {ready && form && (
          <button type="button" disabled={busy || !posting} onClick={() => void actions.fill()}>
            {t('popupFillButton', String(form.fields.length))}
          </button>
        )}
        <button type="button" class={tab && !ready ? 'primary' : ''} disabled={busy || !posting} onClick={() => void actions.copy()}>
          {t('popupCopyButton')}
        </button>
        <button type="button" onClick={actions.openPanel}>
          {t('popupOpenPanelButton')}
        </button>
      </div>
      {ready && (
        <label class="option">
          <input type="checkbox" checked={state.replace} onChange={(e) => actions.setReplace((e.currentTarget as HTMLInputElement).checked)} />
          {t('popupReplaceOption')}
        </label>
      )}
      {tabUrl && SiteAccessToggle && <SiteAccessToggle url={tabUrl} onMessage={actions.setStatus} />}
      {followUp?.kind === 'too-long' && (
        <TooLongPrompt
          limit={followUp.limit}
          length={followUp.length}
          onShorten={() => void actions.insert({ allowTruncate: true })}
          onCopy={() => void actions.copy()}
          onCancel={actions.dismissFollowUp}
        />
      )}
      {followUp?.kind === 'repeat' && (
        <RepeatPrompt label={followUp.label} onConfirm={() => void actions.insert({ force: true })} onCancel={actions.dismissFollowUp} />
      )}
      <StatusLine message={busy ? t('working') : choice && !choice.ok ? choice.error.message : state.status} />
      {fillReply && <FillReport reply={fillReply} />}
      {/* Checks what is in the page's form now (the recruiter may have edited after inserting); reads only. */}
      {ready && ports.pageCheck && <PageCheck port={ports.pageCheck} label={t('popupCheckPostingButton')} />}
    </main>
  );
}
