import type { Confidence, StateCode } from '../../template/types';
import { t, type MessageKey } from '../../lib/i18n';

/** What the card shows, mapped from the template's jurisdiction table by the template adapter. */
export interface StateFacts {
  code: StateCode;
  name: string;
  /** Licensing board or agency; null where none was found. */
  board: string | null;
  /** Protected OTA titles, as the table words them. */
  titles: string;
  /** What NBCOT has to do with the first license here. */
  nbcot: string;
  /** OT Compact status in words ("Member", "Not member", "Enacted 2026 …"). */
  compactStatus: string;
  /** Date attached to the compact status, when the table has one. */
  compactDate?: string;
  source: string;
  asOf: string;
  confidence: Confidence;
}

interface StateFactsCardProps {
  facts: StateFacts | null;
}

const CONFIDENCE_WORDS: Record<Confidence, MessageKey> = {
  H: 'confidenceHigh',
  M: 'confidenceMedium',
  L: 'confidenceLow',
};

/** Licensing facts for the chosen state, always with their source and date; below H, a verify note. */
export function StateFactsCard({ facts }: StateFactsCardProps) {
  if (!facts) {
    return (
      <section class="card facts" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('stateFactsHeading')}</h2>
        <p class="hint">{t('stateFactsEmpty')}</p>
      </section>
    );
  }
  return (
    <section class="card facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">
        {facts.name} ({facts.code})
      </h2>
      <dl>
        <dt>{t('factsBoard')}</dt>
        <dd>{facts.board ?? t('factsBoardNotFound')}</dd>
        <dt>{t('factsTitles')}</dt>
        <dd>{facts.titles}</dd>
        <dt>{t('factsNbcot')}</dt>
        <dd>{facts.nbcot}</dd>
        <dt>{t('factsCompact')}</dt>
        <dd>
          {facts.compactStatus}
          {facts.compactDate ? t('factsCompactAsOf', facts.compactDate) : ''}
        </dd>
        <dt>{t('factsSource')}</dt>
        <dd>{facts.source}</dd>
        <dt>{t('factsAsOf')}</dt>
        <dd>{facts.asOf}</dd>
        <dt>{t('factsConfidence')}</dt>
        <dd>{t(CONFIDENCE_WORDS[facts.confidence])}</dd>
      </dl>
      {facts.confidence !== 'H' && (
        <p class="verify" role="note">
          {t('factsVerify')}
        </p>
      )}
    </section>
  );
}
