import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterCopy, badgeFor, describeInsert, STATUS } from './insert-wording';
import type { InsertReply } from '../messaging/protocol';

const label = fc.string({ minLength: 1, maxLength: 20 });
const reply: fc.Arbitrary<InsertReply> = fc.oneof(
  fc.record({ status: fc.constant('inserted' as const), label, editor: fc.constant('quill'), step: fc.constant('paste' as const), truncated: fc.boolean() }),
  fc.record({ status: fc.constant('partial' as const), label, editor: fc.constant('quill'), step: fc.constant('paste' as const) }),
  fc.record({ status: fc.constant('already-inserted' as const), label }),
  fc.record({ status: fc.constant('too-long' as const), label, limit: fc.nat(), length: fc.nat() }),
  fc.constant({ status: 'no-target' as const }),
  fc.constant({ status: 'focus-in-child-frame' as const }),
  fc.record({ status: fc.constant('refused' as const), label, editor: fc.constant('x') }),
  fc.record({ status: fc.constant('error' as const), message: fc.string() }),
);

describe('describeInsert (popup, side panel, shortcut and menu)', () => {
  it('asks for the clipboard exactly when the text did not all go in, and names the field', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const d = describeInsert(r);
        expect(d.copy).toBe(r.status === 'partial' || r.status === 'refused' || r.status === 'error');
        expect(badgeFor(r)).toBe(r.status === 'inserted' ? '✓' : r.status === 'already-inserted' ? '=' : '!');
        if ('label' in r) expect(d.message).toContain(r.label);
      }),
    );
  });

  it('gives the numbers of a too-long field and the way out of no-target', () => {
    expect(describeInsert({ status: 'too-long', label: 'Summary', limit: 500, length: 3000 }).message).toBe('The posting has 3000 characters; Summary takes 500');
    expect(describeInsert({ status: 'no-target' }).message).toBe(STATUS.noTarget);
  });

  it('says Ctrl+V only when the copy worked, else where to copy from', () => {
    expect(afterCopy('Description did not accept the text', true)).toBe(`${STATUS.copied} (Description did not accept the text)`);
    expect(afterCopy('Could not insert: x', false)).toBe('Could not insert: x — use Copy');
    expect(afterCopy('Could not insert: x', false, 'open the extension and use Copy')).toMatch(/open the extension and use Copy$/);
  });
});
