import { t } from '../../lib/i18n';

interface TooLongPromptProps {
  limit: number;
  length: number;
  onShorten(): void;
  onCopy(): void;
  onCancel(): void;
}

/** The field would cut the posting: ask before anything is cut (nothing is shortened silently). */
export function TooLongPrompt({ limit, length, onShorten, onCopy, onCancel }: TooLongPromptProps) {
  return (
    <div class="prompt" role="group" aria-label={t('tooLongGroupLabel')}>
      <p>
        {t('tooLongExplain', [limit.toLocaleString(), length.toLocaleString()])}
      </p>
      <div class="row">
        <button type="button" onClick={onShorten}>
          {t('tooLongShorten', limit.toLocaleString())}
        </button>
        <button type="button" onClick={onCopy}>
          {t('tooLongCopyInstead')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancelButton')}
        </button>
      </div>
    </div>
  );
}
