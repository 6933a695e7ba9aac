// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { writeClipboardInPage } from './page-clipboard';

/** happy-dom has no clipboard: `execCommand('copy')` fires the copy event a browser would, with a data store. */
function simulateCopyCommand(): Map<string, string> {
  const store = new Map<string, string>();
  const clipboardData = { setData: (type: string, value: string) => void store.set(type, value), getData: (type: string) => store.get(type) ?? '' };
  (document as unknown as { execCommand: (command: string) => boolean }).execCommand = (command) => {
    if (command !== 'copy') return false;
    const event = new Event('copy', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', { value: clipboardData });
    return document.body.dispatchEvent(event);
  };
  return store;
}

const original = document.execCommand;
const added: Array<[EventTarget, (e: Event) => void, boolean]> = [];
function pageListener(target: EventTarget, capture: boolean, fn: (e: Event) => void) {
  target.addEventListener('copy', fn, capture);
  added.push([target, fn, capture]);
}
afterEach(() => {
  document.execCommand = original;
  for (const [target, fn, capture] of added.splice(0)) target.removeEventListener('copy', fn, capture);
});

describe('writeClipboardInPage', () => {
  it('writes both flavours, overriding an earlier page capture listener, and keeps later page handlers out', () => {
    const store = simulateCopyCommand();
    pageListener(window, true, (e) => (e as ClipboardEvent).clipboardData!.setData('text/plain', 'page text'));
    let laterPageHandlerRan = false;
    pageListener(document, false, () => (laterPageHandlerRan = true));
    expect(writeClipboardInPage('<p>Posting</p>', 'Posting')).toBe(true);
    expect(store.get('text/plain')).toBe('Posting');
    expect(store.get('text/html')).toBe('<p>Posting</p>');
    expect(laterPageHandlerRan).toBe(false);
  });

  it('reports no copy when a page capture listener that runs first stops the event', () => {
    const store = simulateCopyCommand();
    pageListener(window, true, (e) => e.stopImmediatePropagation());
    expect(writeClipboardInPage('<p>Posting</p>', 'Posting')).toBe(false);
    expect(store.size).toBe(0);
  });
});
