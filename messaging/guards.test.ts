import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isFromOwnContentScript, isFromOwnExtensionPage, parseToBackground, parseToContent } from './guards';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isFromOwnExtensionPage', () => {
  it('accepts the popup and the background of this extension', () => {
    expect(isFromOwnExtensionPage({ id: ID, url: `${ORIGIN}popup.html?tab=3` }, ID, ORIGIN)).toBe(true);
    expect(isFromOwnExtensionPage({ id: ID, url: `${ORIGIN}background.js` }, ID, ORIGIN)).toBe(true);
    expect(isFromOwnExtensionPage({ id: ID }, ID, ORIGIN)).toBe(true);
  });

  it('rejects other extensions, web pages and our own content scripts in a page', () => {
    expect(isFromOwnExtensionPage({ id: 'other', url: 'chrome-extension://other/x.html' }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnExtensionPage({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnExtensionPage({ url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnExtensionPage({ id: '', url: ORIGIN }, '', ORIGIN)).toBe(false);
  });
});

describe('isFromOwnContentScript', () => {
  it('needs our id and a tab', () => {
    expect(isFromOwnContentScript({ id: ID, tab: { id: 4 }, frameId: 0 }, ID)).toBe(true);
    expect(isFromOwnContentScript({ id: ID }, ID)).toBe(false);
    expect(isFromOwnContentScript({ id: 'x', tab: { id: 4 } }, ID)).toBe(false);
  });
});

describe('parseToContent', () => {
  it('accepts well-formed messages and normalises options', () => {
    expect(parseToContent({ type: 'content/ping' })).toEqual({ type: 'content/ping' });
    expect(parseToContent({ type: 'content/insert', rendering: { html: '<p>a</p>', text: 'a' }, mode: 'insert', extra: 1 })).toEqual({
      type: 'content/insert',
      rendering: { html: '<p>a</p>', text: 'a' },
      mode: 'insert',
      force: false,
      allowTruncate: false,
      scope: 'top',
    });
  });

  it('rejects anything else', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseToContent(value);
        if (parsed) expect(['content/ping', 'content/probe', 'content/insert', 'content/fill']).toContain(parsed.type);
      }),
    );
    expect(parseToContent({ type: 'content/insert', rendering: { html: 1, text: 'a' }, mode: 'insert' })).toBeNull();
    expect(parseToContent({ type: 'content/insert', rendering: { html: '', text: 'a' }, mode: 'wipe' })).toBeNull();
    expect(parseToContent({ type: 'content/fill', payload: { title: 'x' } })).toBeNull();
    expect(parseToContent({ type: 'presets/read' })).toBeNull();
    expect(parseToContent('content/ping')).toBeNull();
  });
});

describe('parseToBackground', () => {
  it('accepts only the main-world request', () => {
    expect(parseToBackground({ type: 'background/main-world-insert', rendering: { html: '', text: 'a' }, editor: 'quill' })?.editor).toBe('quill');
    expect(parseToBackground({ type: 'background/main-world-insert', rendering: { text: 'a' }, editor: 'quill' })).toBeNull();
    expect(parseToBackground({ type: 'background/other' })).toBeNull();
  });
});

describe('content/read-posting', () => {
  it('parses with a scope, defaulting to the top frame', () => {
    expect(parseToContent({ type: 'content/read-posting' })).toEqual({ type: 'content/read-posting', scope: 'top' });
    expect(parseToContent({ type: 'content/read-posting', scope: 'focused-child-frame', extra: 1 })).toEqual({
      type: 'content/read-posting',
      scope: 'focused-child-frame',
    });
  });
});
