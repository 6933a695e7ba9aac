import type { Confidence, StateCode } from '../../template/types';
import { localToday, reviewFreshness } from '../../app/checks-adapter';
import { t, type MessageKey } from '../../lib/i18n';
import { FreshnessNote } from './FreshnessNote';
import { SourceLink } from './SourceLink';

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
  /** Public citation (statute or rule, board or agency) for the board, title and NBCOT rows. */
  source: string;
  /** Its public page (https); absent when the table has none yet. */
  sourceUrl?: string;
  /** YYYY-MM-DD: when the row was last reviewed. */
  reviewed?: string;
  /** The compact row's own citation, link and review date. */
  compactSource?: string;
  compactSourceUrl?: string;
  compactReviewed?: string;
  asOf: string;
  confidence: Confidence;
}

interface StateFactsCardProps {
  facts: StateFacts | null;
  /** YYYY-MM-DD for the "may be out of date" note; today's local date unless a test passes one. */
  today?: string;
}

const CONFIDENCE_WORDS: Record<Confidence, MessageKey> = {
  H: 'confidenceHigh',
  M: 'confidenceMedium',
  L: 'confidenceLow',
};

/**
 * Licensing facts for the chosen state as a compact card: the facts with links to their public sources and
 * the review date in view, the citations' full wording, date and confidence in a disclosure below; below H a
 * verify note, and an out-of-date note once a review is more than six months old.
 */
export function StateFactsCard({ facts, today = localToday() }: StateFactsCardProps) {
  if (!facts) {
    return (
      <section class="card facts" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('stateFactsHeading')}</h2>
        <p class="hint">{t('stateFactsEmpty')}</p>
      </section>
    );
  }
  const freshness = reviewFreshness([facts.reviewed, ...(facts.compactSource ? [facts.compactReviewed] : [])], today);
  return (
    <section class="card facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">
        {facts.name} ({facts.code})
      </h2>
      <FreshnessNote freshness={freshness} />
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
          {facts.compactSource && (
            <>
              {' · '}
              <SourceLink url={facts.compactSourceUrl} />
            </>
          )}
        </dd>
        <dt>{t('factsSource')}</dt>
        <dd>
          <SourceLink url={facts.sourceUrl} />
        </dd>
      </dl>
      {/* The full citations are long; the links above stay in view, the words one click away. */}
      <details class="citations">
        <summary>{t('factsCitationsSummary')}</summary>
        <dl>
          <dt>{t('factsSource')}</dt>
          <dd>{facts.source}</dd>
          {facts.compactSource && (
            <>
              <dt>{t('factsCompactSource')}</dt>
              <dd>{facts.compactSource}</dd>
            </>
          )}
          <dt>{t('factsAsOf')}</dt>
          <dd>{facts.asOf}</dd>
          <dt>{t('factsConfidence')}</dt>
          <dd>{t(CONFIDENCE_WORDS[facts.confidence])}</dd>
        </dl>
      </details>
      {facts.confidence !== 'H' && (
        <p class="verify" role="note">
          {t('factsVerify')}
        </p>
      )}
    </section>
  );
}
