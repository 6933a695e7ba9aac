interface RepeatPromptProps {
  label: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A second click just after the first: ask instead of inserting the posting twice. */
export function RepeatPrompt({ label, onConfirm, onCancel }: RepeatPromptProps) {
  return (
    <div class="prompt" role="group" aria-label="Posting already inserted">
      <p>This posting is already in {label}.</p>
      <div class="row">
        <button type="button" onClick={onConfirm}>
          Insert it again
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
