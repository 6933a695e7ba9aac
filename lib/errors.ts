/** What went wrong, in the thrower's words: an Error's message, else whatever was thrown, as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
