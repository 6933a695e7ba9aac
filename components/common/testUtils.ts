/** Small DOM helpers for the component tests: find controls the way a user (or screen reader) does. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { OrganizationPolicySource } from '../../presets/managed';
import { createPresetsStore, type PresetsStore } from '../../presets/store';
import { presetsPortFrom } from './presetsAdapter';
import { SidePanelApp, type SidePanelAppProps } from '../sidepanel/SidePanelApp';
import { createTailorStore, type TailorStore } from '../../app/tailor-state';

/** The control whose <label> text is exactly `text` (throws with the labels present when missing). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  const labels = [...root.querySelectorAll('label')];
  const label = labels.find((l) => l.textContent?.trim() === text);
  const control = label?.htmlFor ? (root.querySelector(`#${CSS.escape(label.htmlFor)}`) as T | null) : null;
  if (!control) throw new Error(`No control labelled "${text}". Labels: ${labels.map((l) => l.textContent?.trim()).join(' | ')}`);
  return control;
}

/** The button whose visible text or aria-label is exactly `name`. */
export function byButton(root: ParentNode, name: string): HTMLButtonElement {
  const buttons = [...root.querySelectorAll('button')];
  const button = buttons.find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!button) throw new Error(`No button "${name}". Buttons: ${buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim()).join(' | ')}`);
  return button;
}

export async function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => {
    element.click();
  });
}

/** Let promises (store writes, flushes) settle and Preact re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

export interface MountedSidePanel {
  container: HTMLElement;
  presetsStore: PresetsStore;
  tailorStore: TailorStore;
}

/**
 * For side-panel test files (call once at top level): each test gets fresh fake storage and a container,
 * and whatever `mount` rendered is unmounted and its presets store destroyed after the test.
 */
export function sidePanelMounting(): {
  /** This test's container (mounted into by `mount`, or render into it yourself). */
  readonly container: HTMLElement;
  mount(options?: Pick<SidePanelAppProps, 'checks' | 'inserter' | 'pageCheck'> & { organization?: OrganizationPolicySource }): Promise<MountedSidePanel>;
} {
  let container: HTMLElement;
  let presetsStore: PresetsStore | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(async () => {
    await act(() => render(null, container));
    presetsStore?.destroy();
    presetsStore = undefined;
    container.remove();
  });
  return {
    get container() {
      return container;
    },
    async mount({ organization, ...props } = {}) {
      // No debounce and no pagehide flush: writes happen as the actions run, as the tests expect.
      const store = createPresetsStore({
        flushOnPageHide: false,
        storageOptions: { debounceMs: 0 },
        ...(organization ? { organization } : {}),
      });
      presetsStore = store;
      await store.ready;
      const tailorStore = createTailorStore();
      await act(() => {
        render(h(SidePanelApp, { store: tailorStore, presets: presetsPortFrom(store), ...props }), container);
      });
      return { container, presetsStore: store, tailorStore };
    },
  };
}
