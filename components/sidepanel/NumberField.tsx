import { useEffect, useId, useState } from 'preact/hooks';

/** "" → undefined; otherwise a finite number (commas, spaces and "$" ignored), or null when it is not one. */
export function parseAmount(text: string): number | undefined | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (cleaned === '') return undefined;
  const amount = Number(cleaned);
  return Number.isFinite(amount) ? amount : null;
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  /** Smallest accepted value; `positive` also refuses zero. */
  min?: number;
  positive?: boolean;
  example: string;
}

/**
 * A labelled number input that keeps the typed text: half-typed or invalid text is shown with an error
 * and not passed on, so the options only ever hold numbers the template accepts.
 */
export function NumberField({ label, value, onChange, min = 0, positive, example }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    if (parseAmount(text) !== value) setText(value === undefined ? '' : String(value));
    // Re-sync only when the value changes from outside (preset load, a fix).
  }, [value]);
  const accept = (amount: number | undefined | null): amount is number | undefined =>
    amount === undefined || (amount !== null && amount >= min && !(positive && amount === 0));
  const invalid = !accept(parseAmount(text));
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
          const amount = parseAmount(next);
          if (accept(amount)) onChange(amount);
        }}
      />
      {invalid && (
        <p class="error" id={`${id}-error`}>
          Enter {positive ? 'a number above zero' : 'a number'}, e.g. {example}.
        </p>
      )}
    </div>
  );
}
