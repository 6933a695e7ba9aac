/**
 * When to read a field back. Nothing here polls: a rung either changed the field at once (execCommand,
 * most paste handlers), or the editor said it took the event (`defaultPrevented`) and applies it a
 * moment later (Lexical's microtask, React re-renders), which a MutationObserver / `input` listener sees.
 * A rung that did neither is dead, and the ladder moves on without waiting.
 */

/** After focus/caret moved (setTimeout, not rAF: rAF stops in hidden tabs): the page's `selectionchange` (Draft.js, ProseMirror sync on it), or `maxMs`. */
export function selectionSettled(doc: Document, maxMs = 16): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      // One more task: the editor's own selectionchange listener runs after ours was queued.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, maxMs);
    doc.addEventListener('selectionchange', done);
  });
}

export interface FieldWatch {
  /** How many changes (DOM mutations, input events) the field has seen since the watch began. */
  count(): number;
  /**
   * Wait, event-driven, until `done(read())` holds or the field goes quiet `quietMs` after a change,
   * or — with no change at all — `budgetMs` runs out. Returns the last value read.
   */
  until(read: () => string, done: (value: string) => boolean, budgetMs: number, quietMs?: number): Promise<string>;
  stop(): void;
}

/** Start watching `field` (its subtree, and `input` events for plain fields whose value is no DOM). */
export function watchField(field: HTMLElement): FieldWatch {
  let changes = 0;
  let wake: (() => void) | null = null;
  const onChange = () => {
    changes++;
    wake?.();
  };
  const View = field.ownerDocument.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new View(onChange);
  observer.observe(field, { childList: true, subtree: true, characterData: true });
  field.addEventListener('input', onChange, true);
  const stop = () => {
    observer.disconnect();
    field.removeEventListener('input', onChange, true);
  };
  return {
    count: () => (changes += observer.takeRecords().length),
    stop,
    until(read, done, budgetMs, quietMs = 40) {
      return new Promise((resolve) => {
        let last = read();
        let timer: ReturnType<typeof setTimeout>;
        const finish = () => {
          clearTimeout(timer);
          wake = null;
          resolve(last);
        };
        const arm = (ms: number) => {
          clearTimeout(timer);
          timer = setTimeout(finish, ms);
        };
        if (done(last)) return finish();
        wake = () => {
          last = read();
          if (done(last)) finish();
          else arm(quietMs);
        };
        arm(changes > 0 ? quietMs : budgetMs);
      });
    },
  };
}
