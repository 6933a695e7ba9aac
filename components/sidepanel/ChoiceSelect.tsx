import { useId } from 'preact/hooks';

export interface Choice<T extends string> {
  id: T;
  label: string;
}

interface ChoiceSelectProps<T extends string> {
  label: string;
  value: T | undefined;
  choices: readonly Choice<T>[];
  onChange(value: T | undefined): void;
  /** Text of an empty first option ("Not set"); without it the select always holds a value. */
  emptyLabel?: string;
}

/** A labelled `<select>` over a fixed list of ids (specialty, setting, employment type, pay unit). */
export function ChoiceSelect<T extends string>({ label, value, choices, onChange, emptyLabel }: ChoiceSelectProps<T>) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const picked = (event.currentTarget as HTMLSelectElement).value;
          const match = choices.find((choice) => choice.id === picked);
          onChange(match ? match.id : undefined);
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
