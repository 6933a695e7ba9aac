import { describe, expect, it } from 'vitest';
import { restrictedKind } from './restricted';

describe('restrictedKind', () => {
  it.each([
    'chrome://extensions/',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/files/job.pdf',
    'view-source:https://example.com/',
  ])('%s is restricted', (url) => {
    expect(restrictedKind(url)).not.toBeNull();
  });

  it.each(['https://www.linkedin.com/job-posting/', 'http://127.0.0.1:8080/x.html', 'https://chrome.google.com/search'])(
    '%s can be scripted',
    (url) => {
      expect(restrictedKind(url)).toBeNull();
    },
  );

  it('treats an unknown URL (no permission to read it) as worth trying', () => {
    expect(restrictedKind(undefined)).toBeNull();
  });

  it('names the kind, so the popup can say why', () => {
    expect(restrictedKind('chrome://settings/')).toBe('browser-page');
    expect(restrictedKind('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(restrictedKind('https://example.com/job.PDF')).toBe('pdf');
    expect(restrictedKind('https://example.com/')).toBeNull();
  });
});
