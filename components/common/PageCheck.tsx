import { useState } from 'preact/hooks';
import type { PageCheckContext, PageCheckPort, PageCheckResult } from '../../app/ports';
import type { Finding, Severity } from '../../checks/types';
import { t, type MessageKey } from '../../lib/i18n';

export interface PageCheckProps {
  /** Reads and checks the page (tabPageCheck), or a test's own. */
  port: PageCheckPort;
  /** What the caller already knows (state, location, employees); the text decides the rest. */
  context?: PageCheckContext;
  /** Heading and button wording: "Check the page" (side panel) by default; the popup may pass its own. */
  label?: string;
}

const SEVERITY_WORDS: Record<Severity, MessageKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

/** Only https pages become links; anything else is shown as text. */
function httpsUrl(url: string): string | null {
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * "Check the page": reads the posting in the job board's form and lists what the checks found, each with
 * the words it is about, its source and what to write instead. The page is never changed: a suggestion
 * only goes to the clipboard, on the recruiter's click.
 */
export function PageCheck({ port, context, label = t('pageCheckButton') }: PageCheckProps) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PageCheckResult | null>(null);
  const [status, setStatus] = useState('');

  const run = async () => {
    setBusy(true);
    setStatus('');
    try {
      setResult(await port.check(context));
    } catch {
      // A transport error's own words ("Receiving end does not exist") mean nothing to a recruiter.
      setResult({ ok: false, message: t('pageCheckNoAnswer') });
    } finally {
      setBusy(false);
    }
  };
  const copy = async (suggestion: string) => setStatus(t((await port.copy(suggestion)) ? 'suggestionCopied' : 'suggestionNotCopied'));

  return (
    <section class="card page-check" aria-labelledby="page-check-heading">
      <h2 id="page-check-heading">{label}</h2>
      <p class="hint">{t('pageCheckHint')}</p>
      <button type="button" onClick={run} disabled={busy} aria-describedby="page-check-status">
        {label}
      </button>
      <p id="page-check-status" role="status" aria-live="polite">
        {busy ? t('pageCheckReading') : result && !result.ok ? result.message : status}
      </p>
      {result?.ok && (
        <>
          <p class="hint">
            {t('pageCheckChecked', result.fieldLabel)}
            {result.extraFields.length > 0 ? ` · ${t('pageCheckAlsoRead', result.extraFields.join(', '))}` : ''}
          </p>
          {result.findings.length === 0 ? (
            <p class="hint">{t('noIssuesFound')}</p>
          ) : (
            <ul class="findings">
              {result.findings.map((finding, index) => (
                <PageFinding key={`${index}:${finding.ruleId}`} finding={finding} onCopy={copy} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function PageFinding({ finding, onCopy }: { finding: Finding; onCopy: (text: string) => void }) {
  const link = httpsUrl(finding.sourceUrl);
  return (
    <li class={`finding ${finding.severity}`} data-rule={finding.ruleId}>
      <p>
        <strong>{t(SEVERITY_WORDS[finding.severity])}:</strong> {finding.message}
      </p>
      {finding.quote ? (
        <p class="quote">
          {t('pageCheckQuote')} <q>{finding.quote}</q>
        </p>
      ) : (
        <p class="quote missing">{t('pageCheckNotInText')}</p>
      )}
      {finding.suggestion && (
        <p class="suggestion">
          {t('pageCheckSuggestion')} <q>{finding.suggestion}</q>{' '}
          <button type="button" onClick={() => onCopy(finding.suggestion ?? '')}>
            {t('copySuggestionButton')}
          </button>
        </p>
      )}
      <p class="source">
        {t('pageCheckSource')} {finding.source}
        {finding.confidence && finding.confidence !== 'H' ? t('findingVerify') : ''}
        {link && (
          <>
            {' · '}
            <a class="source-link" href={link} target="_blank" rel="noopener noreferrer">
              {new URL(link).hostname.replace(/^www\./, '')}
            </a>
          </>
        )}
      </p>
    </li>
  );
}
