import type { Confidence, StateCode } from '../template/types';

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

const CONFIDENCE_WORDS: Record<Confidence, string> = {
  H: 'high (primary source)',
  M: 'medium (secondary source)',
  L: 'low (unconfirmed)',
};

/** Licensing facts for the chosen state, always with their source and date; below H, a verify note. */
export function StateFactsCard({ facts }: StateFactsCardProps) {
  if (!facts) {
    return (
      <section class="card facts" aria-labelledby="facts-heading">
        <h2 id="facts-heading">State facts</h2>
        <p class="hint">Choose a license state to see its board, OTA titles and OT Compact status.</p>
      </section>
    );
  }
  return (
    <section class="card facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">
        {facts.name} ({facts.code})
      </h2>
      <dl>
        <dt>Board</dt>
        <dd>{facts.board ?? 'Not found'}</dd>
        <dt>License titles</dt>
        <dd>{facts.titles}</dd>
        <dt>NBCOT</dt>
        <dd>{facts.nbcot}</dd>
        <dt>OT Compact</dt>
        <dd>
          {facts.compactStatus}
          {facts.compactDate ? ` (as of ${facts.compactDate})` : ''}
        </dd>
        <dt>Source</dt>
        <dd>{facts.source}</dd>
        <dt>As of</dt>
        <dd>{facts.asOf}</dd>
        <dt>Confidence</dt>
        <dd>{CONFIDENCE_WORDS[facts.confidence]}</dd>
      </dl>
      {facts.confidence !== 'H' && (
        <p class="verify" role="note">
          Please verify with the board before posting: this row is not confirmed by a primary source.
        </p>
      )}
    </section>
  );
}
