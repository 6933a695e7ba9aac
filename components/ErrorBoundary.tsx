import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';

/** Last line of defence: a render error shows its message and a retry instead of a blank page. */
export function ErrorBoundary({ children }: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (error) {
    return (
      <main>
        <p class="error" role="alert">
          Something went wrong: {error instanceof Error ? error.message : String(error)}
        </p>
        <p class="hint">Your saved presets are not affected.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </main>
    );
  }
  return <>{children}</>;
}
