/** Let the page run its own handlers (selectionchange, editor microtasks). setTimeout, not rAF: rAF stops in hidden tabs. */
export function pause(ms = 16): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Poll `read` until it differs from `initial` and then holds still, or the time runs out.
 * Returns the last value read. At least `minPolls` reads happen even if timers are throttled.
 */
export async function settle(read: () => string, initial: string, budgetMs = 700, minPolls = 2): Promise<string> {
  const start = Date.now();
  let polls = 0;
  let last = read();
  // Wait for the first change (editors like Quill 1 apply a paste on the next tick).
  while (last === initial && (Date.now() - start < budgetMs || polls < minPolls)) {
    await pause(25);
    polls++;
    last = read();
  }
  if (last === initial) return last;
  // Then until it stops changing (editors that normalise in several passes).
  for (let i = 0; i < 6; i++) {
    await pause(40);
    const next = read();
    if (next === last) break;
    last = next;
  }
  return last;
}
