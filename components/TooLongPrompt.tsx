interface TooLongPromptProps {
  limit: number;
  length: number;
  onShorten(): void;
  onCopy(): void;
  onCancel(): void;
}

/** The field would cut the posting: ask before anything is cut (nothing is shortened silently). */
export function TooLongPrompt({ limit, length, onShorten, onCopy, onCancel }: TooLongPromptProps) {
  return (
    <div class="prompt" role="group" aria-label="The posting is longer than the field allows">
      <p>
        This field takes {limit.toLocaleString()} characters; the posting would make {length.toLocaleString()}.
      </p>
      <div class="row">
        <button type="button" onClick={onShorten}>
          Insert shortened to {limit.toLocaleString()} characters
        </button>
        <button type="button" onClick={onCopy}>
          Copy the whole posting instead
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
