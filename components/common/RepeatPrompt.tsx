import { t } from '../../lib/i18n';

interface RepeatPromptProps {
  label: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A second click just after the first: ask instead of inserting the posting twice. */
export function RepeatPrompt({ label, onConfirm, onCancel }: RepeatPromptProps) {
  return (
    <div class="prompt" role="group" aria-label={t('repeatGroupLabel')}>
      <p>{t('repeatExplain', label)}</p>
      <div class="row">
        <button type="button" onClick={onConfirm}>
          {t('repeatInsertAgain')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancelButton')}
        </button>
      </div>
    </div>
  );
}
