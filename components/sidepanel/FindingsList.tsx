import type { Finding, Severity } from '../../checks/types';
import { t, type MessageKey } from '../../lib/i18n';

interface FindingsListProps {
  findings: readonly Finding[];
  /** Apply a finding's fix (the caller merges `fix.patch` into the options). */
  onFix(finding: Finding): void;
}

const SEVERITY_WORDS: Record<Severity, MessageKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Check results, worst first, each with its source and (when it has one) a one-click fix. */
export function FindingsList({ findings, onFix }: FindingsListProps) {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return (
    <section class="card findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('checksHeading')} {findings.length > 0 && <span class="count">({findings.length})</span>}</h2>
      {sorted.length === 0 ? (
        <p class="hint">{t('noIssuesFound')}</p>
      ) : (
        <ul>
          {sorted.map((finding, index) => (
            <li key={`${index}:${finding.ruleId}`} class={`finding ${finding.severity}`}>
              <p>
                <strong>{t(SEVERITY_WORDS[finding.severity])}:</strong> {finding.message}
              </p>
              <p class="source">
                {t('findingAsOf', [finding.source, finding.asOf])}
                {finding.confidence && finding.confidence !== 'H' ? t('findingVerify') : ''}
              </p>
              {finding.fix && (
                <button type="button" onClick={() => onFix(finding)}>
                  {finding.fix.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
