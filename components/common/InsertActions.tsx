import { useId, useRef, useState } from 'preact/hooks';
import type { SectionId } from '../../template/types';
import { FillReport } from './FillReport';
import type { ActionResult, InsertOptions, InsertOutcome } from '../../app/ports';
import { RepeatPrompt } from './RepeatPrompt';
import { TooLongPrompt } from './TooLongPrompt';
import { t } from '../../lib/i18n';
import { errorMessage } from '../../lib/errors';

interface InsertActionsProps {
  sections: readonly { id: SectionId; heading: string }[];
  onInsert(section: SectionId | undefined, options?: InsertOptions): Promise<InsertOutcome>;
  onFill(): Promise<InsertOutcome>;
  onCopy(section: SectionId | undefined): Promise<InsertOutcome>;
  /** Insert/Fill need the insertion engine; without it only Copy is offered. */
  canInsert: boolean;
  /** When set, every action is disabled and this says why. */
  blockedReason?: string | null;
}

/**
 * Insert / Fill form / Copy on the active tab, for the whole posting or one section. Asks before
 * inserting twice or cutting the text to a field's limit, as the popup does.
 */
export function InsertActions({ sections, onInsert, onFill, onCopy, canInsert, blockedReason }: InsertActionsProps) {
  const id = useId();
  const [section, setSection] = useState<SectionId | ''>('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<InsertOutcome | null>(null);
  // State renders later; a double click in one task must still start one action only.
  const running = useRef(false);
  const chosen = sections.find((s) => s.id === section);
  const part = chosen ? chosen.id : undefined;

  const run = async (action: () => Promise<InsertOutcome>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setResult(null);
    try {
      setResult(await action());
    } catch (error) {
      setResult({ ok: false, message: errorMessage(error) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  const disabled = busy || !!blockedReason;
  const followUp = result?.followUp;

  return (
    <section class="card actions" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="visually-hidden">
        {t('insertActionsHeading')}
      </h2>
      <div class="action-row">
        <div class="field">
          <label for={`${id}-part`}>{t('partToInsertLabel')}</label>
          <select
            id={`${id}-part`}
            value={section}
            onChange={(e) => setSection((e.currentTarget as HTMLSelectElement).value as SectionId | '')}
          >
            <option value="">{t('wholePosting')}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.heading}
              </option>
            ))}
          </select>
        </div>
        <div class="button-row">
          {canInsert && (
            <button type="button" class="primary" disabled={disabled} onClick={() => run(() => onInsert(part))}>
              {chosen ? t('insertSectionButton', chosen.heading) : t('insertButton')}
            </button>
          )}
          {canInsert && (
            <button type="button" disabled={disabled} onClick={() => run(onFill)}>
              {t('fillFormButton')}
            </button>
          )}
          <button type="button" class={canInsert ? '' : 'primary'} disabled={disabled} onClick={() => run(() => onCopy(part))}>
            {chosen ? t('copySectionButton', chosen.heading) : t('copyButton')}
          </button>
        </div>
      </div>
      {!disabled && followUp?.kind === 'too-long' && (
        <TooLongPrompt
          limit={followUp.limit}
          length={followUp.length}
          onShorten={() => void run(() => onInsert(part, { allowTruncate: true }))}
          onCopy={() => void run(() => onCopy(part))}
          onCancel={() => setResult(null)}
        />
      )}
      {!disabled && followUp?.kind === 'repeat' && (
        <RepeatPrompt
          label={followUp.label}
          onConfirm={() => void run(() => onInsert(part, { force: true }))}
          onCancel={() => setResult(null)}
        />
      )}
      <p class={`status ${result && !result.ok ? 'error' : ''}`} role="status">
        {busy ? t('working') : (blockedReason ?? result?.message ?? '')}
      </p>
      {!busy && result?.fill && <FillReport reply={result.fill} />}
    </section>
  );
}
