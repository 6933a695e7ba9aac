// @vitest-environment happy-dom
import fc from 'fast-check';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BulletListEditor, moveItem } from './BulletListEditor';
import { byButton, byLabel, click, settle, typeInto } from '../common/testUtils';

let container: HTMLElement;
let latest: string[] | undefined;

function Harness({ initial }: { initial?: string[] }) {
  const [items, setItems] = useState(initial);
  return (
    <BulletListEditor
      label="Extra requirements"
      items={items}
      onChange={(next) => {
        latest = next;
        setItems(next);
      }}
    />
  );
}

beforeEach(() => {
  latest = undefined;
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

describe('moveItem', () => {
  it('is a permutation that puts the item at the target index', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (items, a, b) => {
        const from = a % items.length;
        const to = b % items.length;
        const moved = moveItem(items, from, to);
        expect([...moved].sort()).toEqual([...items].sort());
        expect(moved[to]).toBe(items[from]);
      }),
    );
  });
  it('leaves the list unchanged for an out-of-range move', () => {
    expect(moveItem(['a', 'b'], 0, 2)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], -1, 0)).toEqual(['a', 'b']);
  });
});

describe('BulletListEditor', () => {
  it('adds with Enter, reorders with the up/down buttons and removes', async () => {
    await act(() => render(<Harness />, container));
    const draft = byLabel(container, 'New item for extra requirements');
    await typeInto(draft, 'Bilingual English/Spanish');
    await act(() => {
      draft.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await typeInto(byLabel(container, 'New item for extra requirements'), 'Valid driver license');
    await click(byButton(container, 'Add'));
    expect(latest).toEqual(['Bilingual English/Spanish', 'Valid driver license']);

    // The first item cannot move up, the last cannot move down.
    expect(byButton(container, 'Move up: Bilingual English/Spanish').disabled).toBe(true);
    expect(byButton(container, 'Move down: Valid driver license').disabled).toBe(true);

    await click(byButton(container, 'Move up: Valid driver license'));
    expect(latest).toEqual(['Valid driver license', 'Bilingual English/Spanish']);
    await settle();
    // Focus follows the moved item, so pressing the button again keeps moving the same bullet.
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Valid driver license$/);

    await click(byButton(container, 'Remove: Valid driver license'));
    expect(latest).toEqual(['Bilingual English/Spanish']);
    await click(byButton(container, 'Remove: Bilingual English/Spanish'));
    expect(latest).toBeUndefined();
  });

  it('ignores a blank draft', async () => {
    await act(() => render(<Harness initial={['One']} />, container));
    await typeInto(byLabel(container, 'New item for extra requirements'), '   ');
    expect(byButton(container, 'Add').disabled).toBe(true);
    expect(latest).toBeUndefined();
  });
});
