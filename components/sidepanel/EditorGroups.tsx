import { useMemo } from 'preact/hooks';
import type { SectionId, TailorOptions } from '../../template/types';
import { BulletListEditor } from './BulletListEditor';
import { Disclosure } from './Disclosure';
import { EmployerFields } from './EmployerFields';
import { OrganizationLock } from './OrganizationLock';
import { PayFields } from './PayFields';
import { SectionToggles } from './SectionToggles';
import { TemplateLinesList } from './TemplateLinesList';
import { WordingOptions } from './WordingOptions';
import { headingOf, tryBuildPosting } from './templateAdapter';
import { t } from '../../lib/i18n';

/** The template's own bullets for a section, whether or not the user dropped them. */
function templateLines(options: TailorOptions, section: SectionId) {
  const { dropLines: _drop, sections: _sections, extraRequirements: _r, extraResponsibilities: _x, ...rest } = options;
  const full = tryBuildPosting(rest);
  if (!full.ok) return [];
  return full.posting.sections.find((s) => s.id === section)?.bullets.filter((line) => line.origin !== 'user') ?? [];
}

interface EditorGroupsProps {
  /** What the form shows: the user's values, locked fields replaced by the organization's. */
  options: TailorOptions;
  locked: ReadonlySet<keyof TailorOptions>;
  /** The organization fills blanks with its defaults: said once, inside the employer group. */
  hasOrganizationDefaults: boolean;
  onChange(change: Partial<TailorOptions>): void;
}

/**
 * Everything past the three main choices, each in a group that starts closed and remembers being opened,
 * so the panel's first screen stays the choices and the preview.
 */
export function EditorGroups({ options, locked, hasOrganizationDefaults, onChange }: EditorGroupsProps) {
  const responsibilityLines = useMemo(() => templateLines(options, 'responsibilities'), [options]);
  const requirementLines = useMemo(() => templateLines(options, 'requirements'), [options]);
  const isLocked = (...keys: Array<keyof TailorOptions>) => keys.some((key) => locked.has(key));
  return (
    <div class="editor-groups">
      <Disclosure id="employer" summary={t('employerLegend')}>
        <EmployerFields options={options} onChange={onChange} locked={locked} />
        {hasOrganizationDefaults && <p class="hint">{t('organizationDefaultsHint')}</p>}
      </Disclosure>
      <Disclosure id="pay" summary={t('payLegend')}>
        <OrganizationLock locked={isLocked('payMin', 'payMax', 'payUnit')}>
          <PayFields value={options} onChange={onChange} />
        </OrganizationLock>
      </Disclosure>
      <Disclosure id="wording" summary={t('wordingLegend')}>
        <WordingOptions options={options} onChange={onChange} locked={locked} />
      </Disclosure>
      <Disclosure id="sections" summary={t('sectionsLegend')}>
        <OrganizationLock locked={locked.has('sections')}>
          <SectionToggles value={options.sections} headingOf={headingOf} onChange={(sections) => onChange({ sections })} />
        </OrganizationLock>
      </Disclosure>
      <Disclosure id="lines" summary={t('linesGroupSummary')}>
        <OrganizationLock locked={locked.has('dropLines')}>
          <TemplateLinesList
            label={t('templateResponsibilitiesLabel')}
            lines={responsibilityLines}
            dropped={options.dropLines}
            onChange={(dropLines) => onChange({ dropLines })}
          />
        </OrganizationLock>
        <OrganizationLock locked={locked.has('extraResponsibilities')}>
          <BulletListEditor
            label={t('extraResponsibilitiesLabel')}
            items={options.extraResponsibilities}
            onChange={(extraResponsibilities) => onChange({ extraResponsibilities })}
          />
        </OrganizationLock>
        <OrganizationLock locked={locked.has('dropLines')}>
          <TemplateLinesList
            label={t('templateRequirementsLabel')}
            lines={requirementLines}
            dropped={options.dropLines}
            onChange={(dropLines) => onChange({ dropLines })}
          />
        </OrganizationLock>
        <OrganizationLock locked={locked.has('extraRequirements')}>
          <BulletListEditor
            label={t('extraRequirementsLabel')}
            items={options.extraRequirements}
            onChange={(extraRequirements) => onChange({ extraRequirements })}
          />
        </OrganizationLock>
      </Disclosure>
    </div>
  );
}
