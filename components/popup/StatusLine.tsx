/** The popup's one line of feedback, announced politely to screen readers. */
export function StatusLine({ message }: { message: string }) {
  return (
    <p class="status-line" role="status" aria-live="polite">
      {message}
    </p>
  );
}
