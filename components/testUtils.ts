/** Small DOM helpers for the component tests: find controls the way a user (or screen reader) does. */
import { act } from 'preact/test-utils';

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
