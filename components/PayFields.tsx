import { useId } from 'preact/hooks';
import { PAY_UNITS, type TailorOptions } from '../template/types';
import { NumberField } from './NumberField';

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
      <legend>Pay</legend>
      <div class="row">
        <NumberField label="Pay minimum" example="32 or 62000" value={value.payMin} onChange={(payMin) => onChange({ payMin })} />
        <NumberField label="Pay maximum" example="38 or 70000" value={value.payMax} onChange={(payMax) => onChange({ payMax })} />
        <div class="field">
          <label for={unitId}>Pay unit</label>
          <select
            id={unitId}
            value={value.payUnit ?? ''}
            onChange={(event) => {
              const picked = (event.currentTarget as HTMLSelectElement).value;
              onChange({ payUnit: PAY_UNITS.find((unit) => unit === picked) });
            }}
          >
            <option value="">Not stated</option>
            {PAY_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                per {unit}
              </option>
            ))}
          </select>
        </div>
      </div>
      {reversed && <p class="error">The minimum is above the maximum.</p>}
    </fieldset>
  );
}
