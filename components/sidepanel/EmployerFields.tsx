import { EMPLOYMENT_TYPES, type EmploymentType, type TailorOptions } from '../../template/types';
import { ChoiceSelect } from './ChoiceSelect';
import { LinesField } from './LinesField';
import { OrganizationLock } from './OrganizationLock';
import { TextField } from './TextField';
import { t, type MessageKey } from '../../lib/i18n';

interface EmployerFieldsProps {
  options: TailorOptions;
  onChange(change: Partial<TailorOptions>): void;
  /** Fields the organization's policy locks: shown disabled with "Set by your organization". */
  locked?: ReadonlySet<keyof TailorOptions>;
}

const EMPLOYMENT_LABELS: Record<EmploymentType, MessageKey> = {
  'full-time': 'employmentFullTime',
  'part-time': 'employmentPartTime',
  'per-diem': 'employmentPerDiem',
  contract: 'employmentContract',
  temporary: 'employmentTemporary',
};

/** The employer's own facts: who, where, terms, benefits and how to apply (pay has its own group). */
export function EmployerFields({ options, onChange, locked }: EmployerFieldsProps) {
  const employmentChoices = EMPLOYMENT_TYPES.map((id) => ({ id, label: t(EMPLOYMENT_LABELS[id]) }));
  const is = (...keys: Array<keyof TailorOptions>) => keys.some((key) => locked?.has(key) ?? false);
  return (
    <fieldset class="employer">
      <legend>{t('employerLegend')}</legend>
      <OrganizationLock locked={is('company')}>
        <TextField label={t('companyNameLabel')} value={options.company} onChange={(company) => onChange({ company })} />
      </OrganizationLock>
      <OrganizationLock locked={is('location')}>
        <TextField
          label={t('locationLabel')}
          value={options.location}
          placeholder={t('locationPlaceholder')}
          onChange={(location) => onChange({ location })}
        />
      </OrganizationLock>
      <div class="row">
        <OrganizationLock locked={is('employmentType')}>
          <ChoiceSelect
            label={t('employmentTypeLabel')}
            value={options.employmentType}
            choices={employmentChoices}
            emptyLabel={t('notStated')}
            onChange={(employmentType) => onChange({ employmentType })}
          />
        </OrganizationLock>
        <OrganizationLock locked={is('schedule')}>
          <TextField
            label={t('scheduleLabel')}
            value={options.schedule}
            placeholder={t('schedulePlaceholder')}
            onChange={(schedule) => onChange({ schedule })}
          />
        </OrganizationLock>
      </div>
      <OrganizationLock locked={is('benefits')}>
        <LinesField
          label={t('benefitsLabel')}
          value={options.benefits}
          hint={t('benefitsHint')}
          onChange={(benefits) => onChange({ benefits })}
        />
      </OrganizationLock>
      <OrganizationLock locked={is('howToApply')}>
        <TextField label={t('howToApplyLabel')} value={options.howToApply} multiline onChange={(howToApply) => onChange({ howToApply })} />
      </OrganizationLock>
      <OrganizationLock locked={is('aboutUs')}>
        <TextField label={t('aboutUsLabel')} value={options.aboutUs} multiline onChange={(aboutUs) => onChange({ aboutUs })} />
      </OrganizationLock>
    </fieldset>
  );
}
