import { t } from '../../lib/i18n';

/** Only public https pages are linked; anything else is shown as "no link" rather than as a live link. */
export function publicHttpsUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** A source's page, opened in a new tab without giving it a handle on the extension page. */
export function SourceLink({ url }: { url: string | undefined }) {
  const parsed = publicHttpsUrl(url);
  if (!parsed) return <span class="no-link">{t('sourceLinkMissing')}</span>;
  const host = parsed.hostname.replace(/^www\./, '');
  return (
    <a class="source-link" href={parsed.href} target="_blank" rel="noopener noreferrer" aria-label={t('sourceLinkLabel', host)}>
      {host}
    </a>
  );
}
