// @vitest-environment jsdom
// jsdom, not happy-dom: a real HTML parser (DOMParser) for what the content script strips.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { stubLayout } from '../insert/test-layout';
import { startContentScript } from './content-runtime';
import type { ContentInsert } from '../messaging/protocol';

// No layout in jsdom: give every element a box so the visibility check sees the field.
let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = stubLayout();
});
afterAll(() => restoreLayout());

const originalExecCommand = document.execCommand;
afterEach(() => {
  document.execCommand = originalExecCommand;
});

describe('the content script path sanitizes posting HTML', () => {
  it('strips an <img onerror> and event handlers from raw HTML before it reaches the editor', async () => {
    document.body.innerHTML = `<div id="e" contenteditable="true" tabindex="0" aria-label="Job description"></div>`;
    const field = document.getElementById('e')!;
    field.focus();
    const inserted: string[] = [];
    document.execCommand = ((command: string, _ui: boolean, value: string) => {
      if (command === 'insertHTML') inserted.push(value);
      field.textContent += value.replace(/<[^>]+>/g, '');
      return true;
    }) as typeof document.execCommand;
    // The real wiring (startContentScript → its engine dependencies → the sanitizer), reached the way our own
    // extension page reaches it: a runtime message from the extension's origin.
    startContentScript();
    const hostile = '<p>Apply today</p><img src=x onerror="alert(document.cookie)"><p onclick="steal()">Benefits</p>';
    const message: ContentInsert = { type: 'content/insert', rendering: { html: hostile, text: 'Apply today\n\nBenefits' }, mode: 'insert' };
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    expect(reply).toMatchObject({ status: 'inserted' });
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toContain('<p>Apply today</p>');
    expect(inserted[0]).toContain('Benefits');
    expect(inserted[0]).not.toMatch(/<img|onerror|onclick|alert\(|steal/i);
  });
});
