/**
 * The side panel's work in progress survives closing the panel: the editor state is written (debounced)
 * to extension local storage and read back when the panel opens. Local, not sync: a draft is per device
 * and changes on every keystroke, far beyond sync's write quotas.
 */
import { browser } from 'wxt/browser';
import { validateOptions } from '../presets/schema';
import type { TailorOptions } from '../template/types';
import type { TailorSnapshot, TailorStore } from './tailor-state';

export const DRAFT_KEY = 'sidepanel:draft';
export const DRAFT_DEBOUNCE_MS = 250;

interface AreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function localArea(): AreaLike | null {
  return (browser.storage?.local as unknown as AreaLike | undefined) ?? null;
}

function validOptions(input: unknown): TailorOptions | null {
  const result = validateOptions(input);
  return result.ok ? result.value : null;
}

/** The stored draft, or null when there is none or it no longer validates (then the panel starts fresh). */
export async function loadDraft(area: AreaLike | null = localArea()): Promise<TailorSnapshot | null> {
  if (!area) return null;
  let raw: unknown;
  try {
    raw = (await area.get(DRAFT_KEY))[DRAFT_KEY];
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const draft = raw as Record<string, unknown>;
  const options = validOptions(draft.options);
  if (!options) return null;
  const savedOptions = draft.savedOptions == null ? null : validOptions(draft.savedOptions);
  const presetId = typeof draft.presetId === 'string' ? draft.presetId : null;
  return { options, presetId: savedOptions ? presetId : null, savedOptions };
}

/** Write the editor state after each pause in typing, and at once when the panel is hidden or closed. */
export function keepDraft(store: TailorStore, area: AreaLike | null = localArea(), debounceMs = DRAFT_DEBOUNCE_MS): () => void {
  if (!area) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const write = () => {
    timer = undefined;
    if (!pending) return;
    pending = false;
    const { options, presetId, savedOptions } = store.getState();
    // A failed draft write only costs the draft; the editor keeps working.
    area.set({ [DRAFT_KEY]: { options, presetId, savedOptions } }).catch(() => undefined);
  };
  const unsubscribe = store.subscribe(() => {
    pending = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, debounceMs);
  });
  const onHide = () => {
    if (timer !== undefined) clearTimeout(timer);
    write();
  };
  globalThis.addEventListener?.('pagehide', onHide);
  return () => {
    unsubscribe();
    onHide();
    globalThis.removeEventListener?.('pagehide', onHide);
  };
}
