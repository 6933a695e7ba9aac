import { t } from '../../lib/i18n';

/** Plain statement of what the extension does with data; kept in sync with the store listing. */
export function PrivacyStatement() {
  return (
    <section class="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacyHeading')}</h2>
      <ul>
        <li>{t('privacyNothingLeaves')}</li>
        <li>{t('privacyNoTracking')}</li>
        <li>{t('privacyStorage')}</li>
        <li>{t('privacyExports')}</li>
      </ul>
    </section>
  );
}
