import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizePostingHtml } from '../../insert/sanitize-posting-html';
import { t } from '../../lib/i18n';

interface PostingPreviewProps {
  /** Output of `render(posting, 'html')`. Sanitized here whatever its origin. */
  html: string;
  allowedTags: readonly string[];
}

/**
 * The live preview: sanitized to a fragment and mounted with replaceChildren on every keystroke. The
 * scroll offset is put back afterwards: while the old children are gone the box can shrink and the
 * browser clamps scrollTop, which would throw the reader back to the top on every letter typed.
 */
export function PostingPreview({ html, allowedTags }: PostingPreviewProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const scrollTop = box.scrollTop;
    box.replaceChildren(sanitizePostingHtml(html, allowedTags));
    box.scrollTop = scrollTop;
  }, [html, allowedTags]);
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('previewHeading')}</h2>
      {/* Focusable so keyboard users can scroll it (it has its own scrollbar). */}
      <div ref={ref} class="preview-body" data-testid="posting-preview" tabIndex={0} aria-labelledby="preview-heading" />
    </section>
  );
}
