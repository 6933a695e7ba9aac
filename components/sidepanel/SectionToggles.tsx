import { useId } from 'preact/hooks';
import { SECTION_IDS, type SectionId, type TailorOptions } from '../../template/types';
import { t } from '../../lib/i18n';

interface SectionTogglesProps {
  value: TailorOptions['sections'];
  /** Heading text per section, from the template. */
  headingOf(id: SectionId): string;
  onChange(sections: TailorOptions['sections']): void;
}

/** One checkbox per section. Sections are on unless switched off; switching one back on removes the key. */
export function SectionToggles({ value, headingOf, onChange }: SectionTogglesProps) {
  const id = useId();
  return (
    <fieldset class="sections">
      <legend>{t('sectionsLegend')}</legend>
      {SECTION_IDS.map((section) => {
        const checked = value?.[section] !== false;
        return (
          <div class="check" key={section}>
            <input
              id={`${id}-${section}`}
              type="checkbox"
              checked={checked}
              onChange={(event) => {
                const on = (event.currentTarget as HTMLInputElement).checked;
                const next: Partial<Record<SectionId, boolean>> = { ...value };
                if (on) delete next[section];
                else next[section] = false;
                onChange(Object.keys(next).length ? next : undefined);
              }}
            />
            <label for={`${id}-${section}`}>{headingOf(section)}</label>
          </div>
        );
      })}
      <p class="hint">{t('sectionsHint')}</p>
    </fieldset>
  );
}
