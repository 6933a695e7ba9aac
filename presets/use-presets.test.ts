// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPresetsStore, selectSortedPresets, type PresetsState } from './store';
import { PresetStorage } from './storage';
import { usePresets } from './use-presets';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('usePresets', () => {
  it('shows loading, then the presets, follows changes and skips renders for unrelated state', async () => {
    const store = createPresetsStore({ storage: new PresetStorage({ writerId: 'ui', debounceMs: 60_000 }), flushOnPageHide: false });
    let renders = 0;
    function Names() {
      renders++;
      const hydrated = usePresets(store, (s: PresetsState) => s.hydrated);
      const presets = usePresets(store, selectSortedPresets);
      return h('p', null, hydrated ? presets.map((p) => p.name).join(', ') || 'none' : 'Loading presets…');
    }
    const root = document.createElement('div');
    act(() => render(h(Names, null), root));
    expect(root.textContent).toBe('Loading presets…');

    await act(async () => {
      await store.ready;
    });
    expect(root.textContent).toBe('none');

    act(() => {
      store.getState().create('Peds', {});
      store.getState().create('SNF', {});
    });
    expect(root.textContent).toBe('Peds, SNF');

    const before = renders;
    act(() => store.setState({ notices: [{ id: 99, kind: 'migration', message: 'unrelated' }] }));
    expect(renders).toBe(before);

    act(() => render(null, root));
    const afterUnmount = renders;
    act(() => {
      store.getState().create('After unmount', {});
    });
    expect(renders).toBe(afterUnmount);
    store.destroy();
  });
});
