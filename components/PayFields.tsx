import { useEffect, useId, useState } from 'preact/hooks';
import { PAY_UNITS, type TailorOptions } from '../template/types';

type PayOptions = Pick<TailorOptions, 'payMin' | 'payMax' | 'payUnit'>;

interface PayFieldsProps {
  value: PayOptions;
  onChange(change: PayOptions): void;
}

/** "" → undefined; otherwise a finite non-negative number, or null when the text is not one. */
export function parsePay(text: string): number | undefined | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (cleaned === '') return undefined;
  const amount = Number(cleaned);
  return Number.isFinite(amount) && amount >= 0 ? amount : null;
}

function AmountInput({ label, value, onChange }: { label: string; value: number | undefined; onChange(v: number | undefined): void }) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    if (parsePay(text) !== value) setText(value === undefined ? '' : String(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const invalid = parsePay(text) === null;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLInputElement).value;
          setText(next);
          const parsed = parsePay(next);
          if (parsed !== null) onChange(parsed);
        }}
      />
      {invalid && (
        <p class="error" id={`${id}-error`}>
          Enter a number, e.g. 32 or 62000.
        </p>
      )}
    </div>
  );
}

/** Pay minimum, maximum and unit; a min above the max is flagged here (checks also report it). */
export function PayFields({ value, onChange }: PayFieldsProps) {
  const unitId = useId();
  const reversed = value.payMin !== undefined && value.payMax !== undefined && value.payMin > value.payMax;
  return (
    <fieldset class="pay">
      <legend>Pay</legend>
      <div class="row">
        <AmountInput label="Pay minimum" value={value.payMin} onChange={(payMin) => onChange({ payMin })} />
        <AmountInput label="Pay maximum" value={value.payMax} onChange={(payMax) => onChange({ payMax })} />
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
