// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isVisibleToPerson } from './visibility';
import { stubLayout } from './test-layout';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = stubLayout();
});
afterAll(() => restoreLayout());
beforeEach(() => {
  document.body.innerHTML = '';
});

function field(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.getElementById('f')!;
}

describe('isVisibleToPerson', () => {
  it('accepts an ordinary field', () => {
    expect(isVisibleToPerson(field(`<textarea id="f"></textarea>`))).toBe(true);
  });

  it.each([
    ['display:none', `<textarea id="f" style="display:none"></textarea>`],
    ['a display:none ancestor', `<div style="display:none"><textarea id="f"></textarea></div>`],
    ['visibility:hidden', `<textarea id="f" style="visibility:hidden"></textarea>`],
    ['opacity:0', `<textarea id="f" style="opacity:0"></textarea>`],
    ['a transparent ancestor', `<div style="opacity:0"><div id="f" contenteditable="true"></div></div>`],
    ['zero size', `<textarea id="f" style="width:0px;height:0px"></textarea>`],
    ['the 1×1 "visually hidden" pattern', `<textarea id="f" style="width:1px;height:1px"></textarea>`],
    ['pushed off the page', `<textarea id="f" style="position:absolute;left:-9999px"></textarea>`],
    ['clipped away by an overflow:hidden wrapper', `<div style="height:0px;overflow:hidden"><textarea id="f"></textarea></div>`],
  ])('rejects a field hidden by %s', (_name, html) => {
    expect(isVisibleToPerson(field(html))).toBe(false);
  });

  it.each([
    ['a fixed field', `<div style="height:0px;overflow:hidden"><textarea id="f" style="position:fixed"></textarea></div>`],
    ['a field in a fixed dialog', `<div style="height:0px;overflow:hidden"><div style="position:fixed"><textarea id="f"></textarea></div></div>`],
  ])('accepts %s inside a collapsed overflow:hidden wrapper (fixed boxes escape it)', (_name, html) => {
    expect(isVisibleToPerson(field(html))).toBe(true);
  });

  it('accepts a field a scrolling pane has scrolled out of view (a person can scroll to it)', () => {
    const html = `<div style="height:100px;overflow:hidden"><div style="height:100px;overflow:auto">
      <textarea id="f" style="position:relative;top:500px"></textarea></div></div>`;
    expect(isVisibleToPerson(field(html))).toBe(true);
  });

  it('rejects a detached field', () => {
    expect(isVisibleToPerson(document.createElement('textarea'))).toBe(false);
  });
});
