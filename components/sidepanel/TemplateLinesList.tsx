import { useId } from 'preact/hooks';
import type { PostingLine } from '../../template/types';
import { t } from '../../lib/i18n';

interface TemplateLinesListProps {
  label: string;
  /** Lines the template would produce for this section, including dropped ones. */
  lines: readonly PostingLine[];
  dropped: readonly string[] | undefined;
  onChange(dropLines: string[] | undefined): void;
}

/** Keep or drop each template bullet by id (→ `dropLines`); the user's own bullets are edited elsewhere. */
export function TemplateLinesList({ label, lines, dropped, onChange }: TemplateLinesListProps) {
  const id = useId();
  const droppedSet = new Set(dropped ?? []);
  const toggle = (lineId: string, keep: boolean) => {
    const next = new Set(droppedSet);
    if (keep) next.delete(lineId);
    else next.add(lineId);
    onChange(next.size ? [...next] : undefined);
  };
  return (
    <fieldset class="template-lines">
      <legend>{label}</legend>
      {lines.length === 0 && <p class="hint">{t('noTemplateBullets')}</p>}
      {lines.map((line, index) => (
        <div class="check" key={line.id}>
          <input
            id={`${id}-${index}`}
            type="checkbox"
            checked={!droppedSet.has(line.id)}
            onChange={(event) => toggle(line.id, (event.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`${id}-${index}`}>{line.text}</label>
        </div>
      ))}
    </fieldset>
  );
}
