import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { ShortcutAnswer } from './shortcut';
import { errorMessage } from '../../lib/errors';

export interface WelcomeAppProps {
  /** Resolves to the insert shortcut (see shortcut.ts); the page shows a placeholder until then. */
  loadShortcut(): Promise<ShortcutAnswer>;
  /** Opens the side panel; must run straight from the click (browsers require a user gesture). */
  openSidePanel(): Promise<void>;
  /** Where the options page lives (an extension URL). */
  optionsUrl: string;
}

const STEPS: ReadonlyArray<{ id: string; image: string; heading: MessageKey; text: MessageKey; alt: MessageKey }> = [
  { id: 'pin', image: '/welcome/pin.svg', heading: 'welcomeStepPinHeading', text: 'welcomeStepPinText', alt: 'welcomeStepPinAlt' },
  { id: 'click', image: '/welcome/click.svg', heading: 'welcomeStepClickHeading', text: 'welcomeStepClickText', alt: 'welcomeStepClickAlt' },
  { id: 'insert', image: '/welcome/insert.svg', heading: 'welcomeStepInsertHeading', text: 'welcomeStepInsertText', alt: 'welcomeStepInsertAlt' },
];

/** The first-run page: three pictured steps, the keyboard shortcut, and the way to the side panel and options. */
export function WelcomeApp({ loadShortcut, openSidePanel, optionsUrl }: WelcomeAppProps) {
  const [shortcut, setShortcut] = useState<ShortcutAnswer | null>(null);
  const [panelError, setPanelError] = useState<string | null>(null);
  useEffect(() => {
    loadShortcut().then(setShortcut, () => setShortcut({ keys: null, fromManifest: true }));
  }, [loadShortcut]);
  return (
    <main class="welcome">
      <header>
        <img class="welcome-icon" src="/icon/128.png" alt="" width={48} height={48} />
        <h1>{t('welcomeHeading')}</h1>
        <p class="lead">{t('welcomeIntro')}</p>
      </header>
      <ol class="welcome-steps">
        {STEPS.map((step, index) => (
          <li key={step.id} class="card welcome-step" data-step={step.id}>
            <img src={step.image} alt={t(step.alt)} width={240} height={150} />
            <h2>
              <span class="step-number" aria-hidden="true">
                {index + 1}
              </span>{' '}
              {t(step.heading)}
            </h2>
            <p>{t(step.text)}</p>
          </li>
        ))}
      </ol>
      <section class="card" aria-labelledby="welcome-shortcut-heading">
        <h2 id="welcome-shortcut-heading">{t('welcomeShortcutHeading')}</h2>
        <p data-testid="welcome-shortcut">
          {shortcut === null
            ? ''
            : shortcut.keys
              ? <>
                  <kbd>{shortcut.keys}</kbd> {t('welcomeShortcutText')}
                </>
              : t('welcomeShortcutNotSet')}
        </p>
        {shortcut?.fromManifest && shortcut.keys && <p class="hint">{t('welcomeShortcutSuggested')}</p>}
      </section>
      <section class="card" aria-labelledby="welcome-more-heading">
        <h2 id="welcome-more-heading">{t('welcomeMoreHeading')}</h2>
        <p>{t('welcomeSidePanelText')}</p>
        <div class="button-row">
          <button
            type="button"
            class="primary"
            onClick={() => {
              setPanelError(null);
              openSidePanel().catch((error: unknown) =>
                setPanelError(t('popupCouldNotOpenPanel', errorMessage(error))),
              );
            }}
          >
            {t('welcomeOpenSidePanel')}
          </button>
          <a href={optionsUrl} target="_blank" rel="noopener">
            {t('welcomeOpenOptions')}
          </a>
        </div>
        {panelError && (
          <p class="error" role="alert">
            {panelError}
          </p>
        )}
        <p class="hint">{t('welcomeOffline')}</p>
      </section>
    </main>
  );
}
