import { EMPLOYMENT_TYPES, type EmploymentType, type TailorOptions } from '../template/types';
import { ChoiceSelect } from './ChoiceSelect';
import { LinesField } from './LinesField';
import { PayFields } from './PayFields';
import { TextField } from './TextField';

interface EmployerFieldsProps {
  options: TailorOptions;
  onChange(change: Partial<TailorOptions>): void;
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
export function EmployerFields({ options, onChange }: EmployerFieldsProps) {
  return (
    <fieldset class="employer">
      <legend>Employer</legend>
      <TextField label="Company name" value={options.company} onChange={(company) => onChange({ company })} />
      <TextField
        label="Location"
        value={options.location}
        placeholder="City, ST"
        onChange={(location) => onChange({ location })}
      />
      <div class="row">
        <ChoiceSelect
          label="Employment type"
          value={options.employmentType}
          choices={EMPLOYMENT_CHOICES}
          emptyLabel="Not stated"
          onChange={(employmentType) => onChange({ employmentType })}
        />
        <TextField
          label="Schedule"
          value={options.schedule}
          placeholder="Mon–Fri, 8am–4:30pm"
          onChange={(schedule) => onChange({ schedule })}
        />
      </div>
      <PayFields value={options} onChange={onChange} />
      <LinesField
        label="Benefits"
        value={options.benefits}
        hint="One benefit per line."
        onChange={(benefits) => onChange({ benefits })}
      />
      <TextField label="How to apply" value={options.howToApply} multiline onChange={(howToApply) => onChange({ howToApply })} />
      <TextField label="About us" value={options.aboutUs} multiline onChange={(aboutUs) => onChange({ aboutUs })} />
    </fieldset>
  );
}
