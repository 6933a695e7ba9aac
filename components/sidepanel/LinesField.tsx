import { useEffect, useId, useState } from 'preact/hooks';

interface LinesFieldProps {
  label: string;
  /** One entry per non-empty line. */
  value: string[] | undefined;
  onChange(lines: string[] | undefined): void;
  hint?: string;
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * A textarea edited as "one item per line". It keeps its own text so a trailing newline or a blank
 * line being typed is not swallowed, and only re-syncs when the list changes from outside (a preset load).
 */
export function LinesField({ label, value, onChange, hint }: LinesFieldProps) {
  const id = useId();
  const lines = value ?? [];
  const [text, setText] = useState(() => lines.join('\n'));
  const external = lines.join('\n');
  useEffect(() => {
    if (splitLines(text).join('\n') !== external) setText(external);
    // Only outside changes matter here; typing updates `text` first and then `value` agrees with it.
  }, [external]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        value={text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLTextAreaElement).value;
          setText(next);
          const parsed = splitLines(next);
          onChange(parsed.length ? parsed : undefined);
        }}
      />
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
