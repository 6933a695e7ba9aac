import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { errorMessage } from '../../lib/errors';

/** Last line of defence: a render error shows its message and a retry instead of a blank page. */
export function ErrorBoundary({ children }: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (error) {
    return (
      <main>
        <p class="error" role="alert">
          {t('renderError', errorMessage(error))}
        </p>
        <p class="hint">{t('presetsUnaffected')}</p>
        <button type="button" onClick={reset}>
          {t('tryAgainButton')}
        </button>
      </main>
    );
  }
  return <>{children}</>;
}
