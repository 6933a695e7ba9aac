// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { postingAtCaret, postingKey, RecentInsertions, REPEAT_WINDOW_MS } from './duplicate-guard';

const POSTING = 'Occupational Therapist Assistant\n\nResponsibilities\n• Review clients’ needs\n• Maintain records';

describe('RecentInsertions', () => {
  it('calls the same posting into the same field within the window a repeat, and only then', () => {
    const recent = new RecentInsertions();
    const field = document.createElement('textarea');
    const other = document.createElement('textarea');
    recent.record(field, 'k1', 1000);
    expect(recent.isRepeat(field, 'k1', 1000 + REPEAT_WINDOW_MS - 1)).toBe(true);
    expect(recent.isRepeat(field, 'k1', 1000 + REPEAT_WINDOW_MS)).toBe(false);
    expect(recent.isRepeat(field, 'k2', 1001)).toBe(false);
    expect(recent.isRepeat(other, 'k1', 1001)).toBe(false);
  });

  it('forgets an insertion that did not happen', () => {
    const recent = new RecentInsertions();
    const field = document.createElement('div');
    recent.record(field, 'k', 0);
    recent.forget(field, 'k');
    expect(recent.isRepeat(field, 'k', 1)).toBe(false);
  });
});

describe('postingKey', () => {
  it('ignores whitespace and bullet differences but not words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,8}$/), { minLength: 1, maxLength: 12 }), (words) => {
        const a = words.join(' ');
        const b = words.map((w) => `• ${w}`).join('\n');
        expect(postingKey(a)).toBe(postingKey(b));
      }),
    );
    expect(postingKey('Review clients')).not.toBe(postingKey('Review patients'));
  });
});

describe('postingAtCaret', () => {
  it('sees the posting right before the caret in a textarea (as after an insertion)', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = `Note. ${POSTING}`;
    field.setSelectionRange(field.value.length, field.value.length);
    expect(postingAtCaret(field, POSTING)).toBe(true);
  });

  it('sees the posting right after the caret', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = `${POSTING}\nmore`;
    field.setSelectionRange(0, 0);
    expect(postingAtCaret(field, POSTING)).toBe(true);
  });

  it('does not fire when the posting is elsewhere or absent', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = `${POSTING} and some later text`;
    field.setSelectionRange(field.value.length, field.value.length);
    expect(postingAtCaret(field, POSTING)).toBe(false);
    field.value = 'Only a note';
    expect(postingAtCaret(field, POSTING)).toBe(false);
  });

  it('reads a contenteditable around the selection, whatever the list markup', () => {
    document.body.innerHTML = `<div id="ed" contenteditable="true"><p>Note.</p><h2>Occupational Therapist Assistant</h2>
      <h3>Responsibilities</h3><ul><li>Review clients’ needs</li><li>Maintain records</li></ul></div>`;
    const field = document.getElementById('ed')!;
    const range = document.createRange();
    range.selectNodeContents(field);
    range.collapse(false);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(postingAtCaret(field, POSTING)).toBe(true);
  });
});
