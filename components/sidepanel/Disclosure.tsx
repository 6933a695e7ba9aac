import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Where each group remembers whether it was open: per device, like the panel's own layout. */
export const DISCLOSURE_STORAGE_PREFIX = 'sidepanel:open:';

function readOpen(id: string, fallback: boolean): boolean {
  try {
    const stored = globalThis.localStorage?.getItem(DISCLOSURE_STORAGE_PREFIX + id);
    return stored === null || stored === undefined ? fallback : stored === '1';
  } catch {
    return fallback; // storage blocked: the group still works, it just forgets
  }
}

function writeOpen(id: string, open: boolean): void {
  try {
    globalThis.localStorage?.setItem(DISCLOSURE_STORAGE_PREFIX + id, open ? '1' : '0');
  } catch {
    // As above: forgetting the state is harmless.
  }
}

interface DisclosureProps {
  /** Stable name: the open/closed state is kept under it across panel openings. */
  id: string;
  summary: ComponentChildren;
  defaultOpen?: boolean;
  children: ComponentChildren;
}

/**
 * A collapsible group (native details/summary, so keyboard and screen readers get it for free) that
 * remembers being open. Synchronous localStorage rather than extension storage: the panel's first paint
 * already has the right groups open, with no jump once an async read lands.
 */
export function Disclosure({ id, summary, defaultOpen = false, children }: DisclosureProps) {
  const [open, setOpen] = useState(() => readOpen(id, defaultOpen));
  return (
    <details
      class="group disclosure"
      data-group={id}
      open={open}
      onToggle={(event) => {
        const now = (event.currentTarget as HTMLDetailsElement).open;
        if (now === open) return;
        setOpen(now);
        writeOpen(id, now);
      }}
    >
      <summary>{summary}</summary>
      <div class="disclosure-body">{children}</div>
    </details>
  );
}
