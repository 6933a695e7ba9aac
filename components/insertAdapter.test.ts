// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { InsertReply } from '../messaging/protocol';
import { tailor } from '../template/index';
import { describeFillReply, describeInsertReply, tabInserter } from './insertAdapter';

beforeEach(() => fakeBrowser.reset());

describe('describeInsertReply', () => {
  const replies: InsertReply[] = [
    { status: 'inserted', label: 'Job description', editor: 'quill', step: 'paste' },
    { status: 'partial', label: 'Job description', editor: 'quill', step: 'paste' },
    { status: 'already-inserted', label: 'Job description' },
    { status: 'too-long', label: 'Summary', limit: 2000, length: 4100 },
    { status: 'no-target' },
    { status: 'refused', label: 'Job description', editor: 'unknown' },
    { status: 'focus-in-child-frame' },
    { status: 'error', message: 'boom' },
  ];
  it('succeeds only for "inserted" and names the field or the limit', () => {
    const described = replies.map(describeInsertReply);
    expect(described.map((d) => d.ok)).toEqual([true, false, false, false, false, false, false, false]);
    expect(described[0]!.message).toContain('Job description');
    expect(described[3]!.message).toContain('2000');
    expect(described[7]!.message).toContain('boom');
    expect(new Set(described.map((d) => d.message)).size).toBe(replies.length);
  });
});

describe('describeFillReply', () => {
  it('reports each field and fails when nothing was filled', () => {
    expect(describeFillReply(undefined).ok).toBe(false);
    const some = describeFillReply({
      fields: [
        { kind: 'description', label: 'Description', outcome: 'filled' },
        { kind: 'requirements', label: 'Requirements', outcome: 'skipped-has-text' },
      ],
    });
    expect(some.ok).toBe(true);
    expect(some.message).toBe('Description: filled; Requirements: skipped (already has text).');
    expect(describeFillReply({ fields: [{ kind: 'title', label: 'Title', outcome: 'refused' }] }).ok).toBe(false);
  });
});

describe('tabInserter', () => {
  it('on a page no extension may script, copies instead and says so', async () => {
    const written: ClipboardItem[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: async (items: ClipboardItem[]) => void written.push(...items), writeText: async () => undefined },
    });
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://extensions/' });
    // The target named the way real-browser tests name it (the panel page opened with ?tab=<id>).
    history.replaceState(null, '', `?tab=${tab.id}`);
    const result = await tabInserter.insert(tailor({ company: 'Acme' }), 'requirements').finally(() => history.replaceState(null, '', '?'));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/does not let extensions write into this page/);
    expect(result.message).toMatch(/clipboard/);
    expect(written).toHaveLength(1);
    const text = await (await written[0]!.getType('text/plain')).text();
    expect(text).toMatch(/Requirements|license|Occupational/i);
    expect(text).not.toContain('Job brief'); // only the requested section
  });
});
