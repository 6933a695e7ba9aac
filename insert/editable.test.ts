// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shadowRootOf } from './editable';

describe('shadowRootOf', () => {
  it('opens a closed root through Gecko\'s openOrClosedShadowRoot, a property (not a method)', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    expect(shadowRootOf(host)).toBeNull();
    // What Firefox gives a content script: a read-only property holding the root.
    Object.defineProperty(host, 'openOrClosedShadowRoot', { value: root });
    expect(shadowRootOf(host)).toBe(root);
  });
});
