import { useId } from 'preact/hooks';
import { PAY_UNITS, type TailorOptions } from '../../template/types';
import { NumberField } from './NumberField';
import { t } from '../../lib/i18n';

type PayOptions = Pick<TailorOptions, 'payMin' | 'payMax' | 'payUnit'>;

interface PayFieldsProps {
  value: PayOptions;
  onChange(change: PayOptions): void;
}

/** Pay minimum, maximum and unit; a min above the max is flagged here (checks also report it). */
export function PayFields({ value, onChange }: PayFieldsProps) {
  const unitId = useId();
  const reversed = value.payMin !== undefined && value.payMax !== undefined && value.payMin > value.payMax;
  return (
    <fieldset class="pay">
      <legend>{t('payLegend')}</legend>
      <div class="row">
        <NumberField label={t('payMinimumLabel')} example={t('payMinimumExample')} value={value.payMin} onChange={(payMin) => onChange({ payMin })} />
        <NumberField label={t('payMaximumLabel')} example={t('payMaximumExample')} value={value.payMax} onChange={(payMax) => onChange({ payMax })} />
        <div class="field">
          <label for={unitId}>{t('payUnitLabel')}</label>
          <select
            id={unitId}
            value={value.payUnit ?? ''}
            onChange={(event) => {
              const picked = (event.currentTarget as HTMLSelectElement).value;
              onChange({ payUnit: PAY_UNITS.find((unit) => unit === picked) });
            }}
          >
            <option value="">{t('notStated')}</option>
            {PAY_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t('payPerUnit', unit)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {reversed && <p class="error">{t('payReversed')}</p>}
    </fieldset>
  );
}
