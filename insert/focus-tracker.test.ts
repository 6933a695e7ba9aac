// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FocusTracker } from './focus-tracker';
import { stubLayout } from './test-layout';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = stubLayout();
});
afterAll(() => restoreLayout());
beforeEach(() => {
  document.body.innerHTML = `<textarea id="seen" aria-label="Description"></textarea>
    <textarea id="hidden" aria-label="Job description" style="position:absolute;left:-9999px;opacity:0"></textarea>`;
});

function focusin(target: Element, trusted: boolean): FocusEvent {
  const event = new FocusEvent('focusin', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('FocusTracker', () => {
  it('remembers a visible field from a trusted focusin', () => {
    const tracker = new FocusTracker();
    tracker.noteFocus(focusin(document.getElementById('seen')!, true));
    expect(tracker.lastField()?.id).toBe('seen');
  });

  it('ignores synthetic (untrusted) focusin events', () => {
    const tracker = new FocusTracker();
    tracker.noteFocus(focusin(document.getElementById('seen')!, false));
    expect(tracker.lastField()).toBeNull();
  });

  it('keeps the last visible field when focus moves into a hidden one', () => {
    const tracker = new FocusTracker();
    tracker.noteFocus(focusin(document.getElementById('seen')!, true));
    tracker.noteFocus(focusin(document.getElementById('hidden')!, true));
    expect(tracker.lastField()?.id).toBe('seen');
  });

  it('forgets a remembered field once it is hidden', () => {
    const tracker = new FocusTracker();
    const seen = document.getElementById('seen')!;
    tracker.noteFocus(focusin(seen, true));
    seen.style.display = 'none';
    expect(tracker.lastField()).toBeNull();
  });
});
