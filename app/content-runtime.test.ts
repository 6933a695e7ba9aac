// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stubLayout } from '../insert/test-layout';
import { RecentInsertions } from '../insert/duplicate-guard';
import type { EngineDeps } from '../insert/engine';
import { FocusTracker } from '../insert/focus-tracker';
import { answers } from './content-runtime';
import type { ToContent } from '../messaging/protocol';

// No layout in happy-dom: give every element a box so visibility checks see the fields.
let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = stubLayout();
});
afterAll(() => restoreLayout());

function deps(isTopFrame: boolean): EngineDeps {
  return {
    doc: document,
    isTopFrame,
    tracker: new FocusTracker(),
    recent: new RecentInsertions(),
    profile: null,
    sanitizeHtml: (h) => h,
  };
}

const insert = (scope: 'top' | 'focused-child-frame'): ToContent => ({
  type: 'content/insert',
  rendering: { html: '', text: 'x' },
  mode: 'insert',
  scope,
});

describe('answers (which frame replies to a broadcast)', () => {
  it('lets only the top frame answer pings, fills and top-scoped requests', () => {
    expect(answers(deps(true), { type: 'content/ping' })).toBe(true);
    expect(answers(deps(false), { type: 'content/ping' })).toBe(false);
    expect(answers(deps(false), insert('top'))).toBe(false);
    expect(answers(deps(true), insert('top'))).toBe(true);
  });

  it('lets a child frame answer a child-frame broadcast only while it holds a focused field', () => {
    document.body.innerHTML = `<textarea id="t"></textarea><button id="b">b</button>`;
    document.getElementById('b')!.focus();
    expect(answers(deps(false), insert('focused-child-frame'))).toBe(false);
    document.getElementById('t')!.focus();
    expect(answers(deps(false), insert('focused-child-frame'))).toBe(true);
    expect(answers(deps(true), insert('focused-child-frame'))).toBe(false);
  });
});

describe('answers with nested same-origin frames', () => {
  it('leaves the answer to the frame that owns the focused field, not a parent that can see into it', () => {
    // Child frame A holds a same-origin frame B whose textarea has focus: both can resolve the field.
    const inner = document.implementation.createHTMLDocument('B');
    inner.body.innerHTML = `<textarea id="t"></textarea>`;
    const textarea = inner.getElementById('t')!;
    Object.defineProperty(inner, 'activeElement', { configurable: true, get: () => textarea });
    // A rendered frame has a window (a document without one is never seen, so never a target).
    Object.defineProperty(inner, 'defaultView', { configurable: true, get: () => window });
    document.body.innerHTML = `<iframe id="f"></iframe>`;
    const frame = document.getElementById('f') as HTMLIFrameElement;
    Object.defineProperty(frame, 'contentDocument', { configurable: true, get: () => inner });
    Object.defineProperty(document, 'activeElement', { configurable: true, get: () => frame });
    try {
      expect(answers(deps(false), insert('focused-child-frame'))).toBe(false);
      expect(answers({ ...deps(false), doc: inner }, insert('focused-child-frame'))).toBe(true);
    } finally {
      delete (document as { activeElement?: unknown }).activeElement;
    }
  });
});
