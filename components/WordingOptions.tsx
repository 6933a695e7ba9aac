import { useId } from 'preact/hooks';
import type { PhysicalDemandsWording, TailorOptions } from '../template/types';
import { NumberField } from './NumberField';
import { OrganizationLock } from './OrganizationLock';
import { TextField } from './TextField';

interface WordingOptionsProps {
  options: TailorOptions;
  onChange(change: Partial<TailorOptions>): void;
  /** Fields the organization's policy locks: shown disabled with "Set by your organization". */
  locked?: ReadonlySet<keyof TailorOptions>;
}

/** Supervision wording, physical-demands wording (seed or ADA essential functions) and the EEO switch. */
export function WordingOptions({ options, onChange, locked }: WordingOptionsProps) {
  const id = useId();
  const is = (...keys: Array<keyof TailorOptions>) => keys.some((key) => locked?.has(key) ?? false);
  const wording: PhysicalDemandsWording = options.physicalDemands ?? 'seed';
  const radio = (value: PhysicalDemandsWording, text: string) => (
    <div class="check">
      <input
        id={`${id}-${value}`}
        type="radio"
        name={`${id}-physical`}
        checked={wording === value}
        onChange={() => onChange({ physicalDemands: value })}
      />
      <label for={`${id}-${value}`}>{text}</label>
    </div>
  );
  return (
    <fieldset class="wording">
      <legend>Wording</legend>
      <OrganizationLock locked={is('supervision')}>
        <TextField
          label="Supervision wording"
          value={options.supervision}
          placeholder="under the supervision of a licensed occupational therapist"
          hint="Leave empty for the default wording."
          onChange={(supervision) => onChange({ supervision })}
        />
      </OrganizationLock>
      <OrganizationLock locked={is('physicalDemands', 'adaStandHours', 'adaLiftPounds')}>
      <fieldset>
        <legend>Physical demands</legend>
        {radio('seed', 'Template wording ("stand for long hours, lift heavy loads")')}
        {radio('ada', 'ADA essential-functions wording (with accommodation)')}
        {wording === 'ada' && (
          <div class="row">
            <NumberField
              label="Hours on feet at a time"
              example="4"
              positive
              value={options.adaStandHours}
              onChange={(adaStandHours) => onChange({ adaStandHours })}
            />
            <NumberField
              label="Pounds moved with assists"
              example="50"
              positive
              value={options.adaLiftPounds}
              onChange={(adaLiftPounds) => onChange({ adaLiftPounds })}
            />
          </div>
        )}
      </fieldset>
      </OrganizationLock>
      <OrganizationLock locked={is('eeo')}>
      <div class="check">
        <input
          id={`${id}-eeo`}
          type="checkbox"
          checked={options.eeo !== false}
          onChange={(e) => onChange({ eeo: (e.currentTarget as HTMLInputElement).checked ? undefined : false })}
        />
        <label for={`${id}-eeo`}>Include the EEO statement</label>
      </div>
      </OrganizationLock>
    </fieldset>
  );
}
