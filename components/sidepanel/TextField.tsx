import { useId } from 'preact/hooks';

interface TextFieldProps {
  label: string;
  value: string | undefined;
  /** Empty input reports `undefined`, so a cleared field drops out of the options. */
  onChange(value: string | undefined): void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
}

/** A labelled single-line or multi-line text input. */
export function TextField({ label, value, onChange, multiline, placeholder, hint }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const handle = (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    onChange(text === '' ? undefined : text);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} value={value ?? ''} placeholder={placeholder} aria-describedby={hintId} onInput={handle} />
      ) : (
        <input id={id} type="text" value={value ?? ''} placeholder={placeholder} aria-describedby={hintId} onInput={handle} />
      )}
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
