import { EMPLOYMENT_TYPES, type EmploymentType, type TailorOptions } from '../template/types';
import { ChoiceSelect } from './ChoiceSelect';
import { LinesField } from './LinesField';
import { OrganizationLock } from './OrganizationLock';
import { PayFields } from './PayFields';
import { TextField } from './TextField';

interface EmployerFieldsProps {
  options: TailorOptions;
  onChange(change: Partial<TailorOptions>): void;
  /** Fields the organization's policy locks: shown disabled with "Set by your organization". */
  locked?: ReadonlySet<keyof TailorOptions>;
}

const EMPLOYMENT_LABELS: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  'per-diem': 'Per diem (PRN)',
  contract: 'Contract',
  temporary: 'Temporary',
};
const EMPLOYMENT_CHOICES = EMPLOYMENT_TYPES.map((id) => ({ id, label: EMPLOYMENT_LABELS[id] }));

/** The employer's own facts: who, where, terms, pay, benefits and how to apply. */
export function EmployerFields({ options, onChange, locked }: EmployerFieldsProps) {
  const is = (...keys: Array<keyof TailorOptions>) => keys.some((key) => locked?.has(key) ?? false);
  return (
    <fieldset class="employer">
      <legend>Employer</legend>
      <OrganizationLock locked={is('company')}>
        <TextField label="Company name" value={options.company} onChange={(company) => onChange({ company })} />
      </OrganizationLock>
      <OrganizationLock locked={is('location')}>
        <TextField
          label="Location"
          value={options.location}
          placeholder="City, ST"
          onChange={(location) => onChange({ location })}
        />
      </OrganizationLock>
      <div class="row">
        <OrganizationLock locked={is('employmentType')}>
          <ChoiceSelect
            label="Employment type"
            value={options.employmentType}
            choices={EMPLOYMENT_CHOICES}
            emptyLabel="Not stated"
            onChange={(employmentType) => onChange({ employmentType })}
          />
        </OrganizationLock>
        <OrganizationLock locked={is('schedule')}>
          <TextField
            label="Schedule"
            value={options.schedule}
            placeholder="Mon–Fri, 8am–4:30pm"
            onChange={(schedule) => onChange({ schedule })}
          />
        </OrganizationLock>
      </div>
      <OrganizationLock locked={is('payMin', 'payMax', 'payUnit')}>
        <PayFields value={options} onChange={onChange} />
      </OrganizationLock>
      <OrganizationLock locked={is('benefits')}>
        <LinesField
          label="Benefits"
          value={options.benefits}
          hint="One benefit per line."
          onChange={(benefits) => onChange({ benefits })}
        />
      </OrganizationLock>
      <OrganizationLock locked={is('howToApply')}>
        <TextField label="How to apply" value={options.howToApply} multiline onChange={(howToApply) => onChange({ howToApply })} />
      </OrganizationLock>
      <OrganizationLock locked={is('aboutUs')}>
        <TextField label="About us" value={options.aboutUs} multiline onChange={(aboutUs) => onChange({ aboutUs })} />
      </OrganizationLock>
    </fieldset>
  );
}
