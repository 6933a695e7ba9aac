import type { Finding } from '../../checks/types';
import { t, tCount } from '../../lib/i18n';

/** "2 problems · 3 warnings": errors, then warnings, then notes; nothing counted says so plainly. */
export function findingsSummaryText(findings: readonly Finding[]): string {
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const parts: string[] = [];
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('info');
  if (errors) parts.push(tCount('findingsProblems', errors));
  if (warnings) parts.push(tCount('findingsWarnings', warnings));
  if (notes) parts.push(tCount('findingsNotes', notes));
  return parts.length ? parts.join(' · ') : t('findingsNone');
}

interface FindingsSummaryProps {
  findings: readonly Finding[];
  /** The id of the findings card this line jumps to. */
  targetId: string;
}

/**
 * One line near the top of the panel; following it moves focus to the full list, so keyboard and
 * screen-reader users land where sighted users scroll to.
 */
export function FindingsSummary({ findings, targetId }: FindingsSummaryProps) {
  const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'ok';
  return (
    <p class={`findings-summary ${worst}`} data-testid="findings-summary">
      <span class="visually-hidden">{t('checksHeading')}: </span>
      <a
        href={`#${targetId}`}
        onClick={(event) => {
          const target = document.getElementById(targetId);
          if (!target) return;
          event.preventDefault();
          target.scrollIntoView({ block: 'start' });
          target.focus({ preventScroll: true });
        }}
      >
        {findingsSummaryText(findings)}
      </a>
    </p>
  );
}
