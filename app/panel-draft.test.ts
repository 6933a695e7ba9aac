import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DRAFT_KEY, keepDraft, loadDraft } from './panel-draft';
import { createTailorStore } from './tailor-state';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('panel draft', () => {
  it('writes the editor state after a pause and restores it, preset link and unsaved state included', async () => {
    const store = createTailorStore();
    const stop = keepDraft(store, undefined, 250);
    store.getState().load({ specialty: 'geriatrics' }, 'preset-1');
    store.getState().patch({ company: 'Maple Grove' });
    expect(await fakeBrowser.storage.local.get(DRAFT_KEY)).toEqual({});
    await vi.advanceTimersByTimeAsync(300);
    stop();

    const draft = await loadDraft();
    expect(draft).toEqual({
      options: { specialty: 'geriatrics', company: 'Maple Grove' },
      presetId: 'preset-1',
      savedOptions: { specialty: 'geriatrics' },
    });
    const resumed = createTailorStore(draft!);
    expect(resumed.getState().options.company).toBe('Maple Grove');
  });

  it('ignores a draft that no longer validates instead of failing', async () => {
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: { options: { specialty: 'astrology' }, presetId: 'x', savedOptions: null } });
    expect(await loadDraft()).toBeNull();
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: 'garbage' });
    expect(await loadDraft()).toBeNull();
  });

  it('drops the preset link when the saved baseline is missing', async () => {
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: { options: { company: 'A' }, presetId: 'gone', savedOptions: null } });
    expect(await loadDraft()).toEqual({ options: { company: 'A' }, presetId: null, savedOptions: null });
  });

  it('writes at once when stopped (panel closing) rather than losing the last keystrokes', async () => {
    const store = createTailorStore();
    const stop = keepDraft(store, undefined, 10_000);
    store.getState().patch({ location: 'Boise, ID' });
    stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(((await loadDraft())?.options)).toEqual({ location: 'Boise, ID' });
  });
});
