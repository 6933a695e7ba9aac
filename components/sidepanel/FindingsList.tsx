import type { Finding, Severity } from '../../checks/types';
import { localToday, reviewFreshness } from '../../app/checks-adapter';
import { t, type MessageKey } from '../../lib/i18n';
import { FreshnessNote } from './FreshnessNote';
import { SourceLink } from './SourceLink';

interface FindingsListProps {
  /** The card's id, so the summary near the top of the panel can jump here. */
  id?: string;
  findings: readonly Finding[];
  /** Apply a finding's fix (the caller merges `fix.patch` into the options). */
  onFix(finding: Finding): void;
  /** YYYY-MM-DD for the "may be out of date" note; today's local date unless a test passes one. */
  today?: string;
}

const SEVERITY_WORDS: Record<Severity, MessageKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Check results, worst first, each with its source, a link to it and (when it has one) a one-click fix. */
export function FindingsList({ id, findings, onFix, today = localToday() }: FindingsListProps) {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const freshness = reviewFreshness(findings.map((finding) => finding.reviewed), today);
  return (
    // tabIndex -1: the summary's jump moves focus here, not only the scroll position.
    <section id={id} tabIndex={id ? -1 : undefined} class="card findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('checksHeading')} {findings.length > 0 && <span class="count">({findings.length})</span>}</h2>
      {sorted.length === 0 ? (
        <p class="hint">{t('noIssuesFound')}</p>
      ) : (
        <>
        <FreshnessNote freshness={freshness} />
        <ul>
          {sorted.map((finding, index) => (
            <li key={`${index}:${finding.ruleId}`} class={`finding ${finding.severity}`}>
              <p>
                <strong>{t(SEVERITY_WORDS[finding.severity])}:</strong> {finding.message}
              </p>
              <p class="source">
                {t('findingAsOf', [finding.source, finding.asOf])}
                {finding.confidence && finding.confidence !== 'H' ? t('findingVerify') : ''}
                {' · '}
                <SourceLink url={finding.sourceUrl} />
              </p>
              {finding.fix && (
                <button type="button" onClick={() => onFix(finding)}>
                  {finding.fix.label}
                </button>
              )}
            </li>
          ))}
        </ul>
        </>
      )}
    </section>
  );
}
