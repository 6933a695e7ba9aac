import type { Finding, Severity } from '../checks/types';

interface FindingsListProps {
  findings: readonly Finding[];
  /** Apply a finding's fix (the caller merges `fix.patch` into the options). */
  onFix(finding: Finding): void;
}

const SEVERITY_WORDS: Record<Severity, string> = { error: 'Problem', warning: 'Warning', info: 'Note' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Check results, worst first, each with its source and (when it has one) a one-click fix. */
export function FindingsList({ findings, onFix }: FindingsListProps) {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return (
    <section class="card findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Checks {findings.length > 0 && <span class="count">({findings.length})</span>}</h2>
      {sorted.length === 0 ? (
        <p class="hint">No issues found.</p>
      ) : (
        <ul>
          {sorted.map((finding, index) => (
            <li key={`${index}:${finding.ruleId}`} class={`finding ${finding.severity}`}>
              <p>
                <strong>{SEVERITY_WORDS[finding.severity]}:</strong> {finding.message}
              </p>
              <p class="source">
                {finding.source} · as of {finding.asOf}
                {finding.confidence && finding.confidence !== 'H' ? ' · verify with the board or counsel' : ''}
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
