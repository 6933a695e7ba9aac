import { useId } from 'preact/hooks';
import type { PhysicalDemandsWording, TailorOptions } from '../../template/types';
import { NumberField } from './NumberField';
import { OrganizationLock } from './OrganizationLock';
import { TextField } from './TextField';
import { t } from '../../lib/i18n';

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
      <legend>{t('wordingLegend')}</legend>
      <OrganizationLock locked={is('supervision')}>
        <TextField
          label={t('supervisionLabel')}
          value={options.supervision}
          placeholder={t('supervisionPlaceholder')}
          hint={t('supervisionHint')}
          onChange={(supervision) => onChange({ supervision })}
        />
      </OrganizationLock>
      <OrganizationLock locked={is('physicalDemands', 'adaStandHours', 'adaLiftPounds')}>
      <fieldset>
        <legend>{t('physicalDemandsLegend')}</legend>
        {radio('seed', t('physicalDemandsSeed'))}
        {radio('ada', t('physicalDemandsAda'))}
        {wording === 'ada' && (
          <div class="row">
            <NumberField
              label={t('adaStandHoursLabel')}
              example="4"
              positive
              value={options.adaStandHours}
              onChange={(adaStandHours) => onChange({ adaStandHours })}
            />
            <NumberField
              label={t('adaLiftPoundsLabel')}
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
        <label for={`${id}-eeo`}>{t('includeEeoLabel')}</label>
      </div>
      </OrganizationLock>
    </fieldset>
  );
}
