// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RecentInsertions } from '../insert/duplicate-guard';
import type { EngineDeps } from '../insert/engine';
import { FocusTracker } from '../insert/focus-tracker';
import { answers } from './content-runtime';
import type { ToContent } from './protocol';

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
