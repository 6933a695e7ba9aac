import type { Freshness } from '../../app/checks-adapter';
import { t } from '../../lib/i18n';

/** "Rules reviewed December 2026", and a visible warning once a shown rule's review is over six months old. */
export function FreshnessNote({ freshness }: { freshness: Freshness }) {
  if (!freshness.reviewedLabel && !freshness.missing) return null;
  return (
    <p class="freshness">
      {freshness.reviewedLabel ? t('rulesReviewed', freshness.reviewedLabel) : t('rulesReviewDateMissing')}
      {freshness.stale && (
        <strong class="stale" role="note">
          {' '}
          {t('rulesMayBeOutOfDate')}
        </strong>
      )}
    </p>
  );
}
