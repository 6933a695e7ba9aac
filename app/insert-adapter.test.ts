// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { FillReply, InsertReply } from '../messaging/protocol';
import { tailor } from '../template/index';

const replies: InsertReply[] = [];
const probeTab = vi.hoisted(() => vi.fn(async () => undefined));
const sent: unknown[] = [];
let fillReply: FillReply | undefined;
const ensureContentScript = vi.hoisted(() => vi.fn(async (): Promise<'ready' | 'blocked'> => 'ready'));
vi.mock('../messaging/tab-client', () => ({
  ensureContentScript,
  probeTab: probeTab,
  insertIntoTab: async (_tabId: number, request: unknown) => {
    sent.push(request);
    return replies.shift() ?? { status: 'no-target' };
  },
  fillTab: async () => fillReply,
}));

const { copyPart, tabInserter } = await import('./insert-adapter');
const { renderingFor } = await import('./deliver-posting');

const clipboardWrites: ClipboardItem[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  replies.length = 0;
  sent.length = 0;
  clipboardWrites.length = 0;
  fillReply = undefined;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { write: async (items: ClipboardItem[]) => void clipboardWrites.push(...items), writeText: async () => undefined },
  });
});
afterEach(() => history.replaceState(null, '', '?'));

async function targetTabAt(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  history.replaceState(null, '', `?tab=${tab.id}`);
}

describe('tabInserter', () => {
  it('on a page no extension may script, copies instead and says why', async () => {
    await targetTabAt('chrome://extensions/');
    const result = await tabInserter.insert(tailor({ company: 'Acme' }), 'requirements');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Browser pages can't be changed by extensions\. Copied/);
    expect(clipboardWrites).toHaveLength(1);
    const text = await (await clipboardWrites[0]!.getType('text/plain')).text();
    expect(text).not.toContain('Job brief'); // only the requested section
  });

  it('on a page not granted to it, says how to open it to the extension (the panel gets no activeTab)', async () => {
    ensureContentScript.mockResolvedValueOnce('blocked');
    await targetTabAt('http://127.0.0.1/form');
    const result = await tabInserter.insert(tailor({}), undefined);
    expect(result.message).toMatch(/^This page can't be changed by the extension yet .*Copied: press Ctrl\+V/);
    expect(clipboardWrites).toHaveLength(1);
  });

  it('sends the section to the named tab and reports success', async () => {
    await targetTabAt('http://127.0.0.1/form');
    replies.push({ status: 'inserted', label: 'Requirements', editor: 'textarea', step: 'value-setter' });
    const result = await tabInserter.insert(tailor({}), 'requirements');
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('Requirements') });
    expect(sent[0]).toMatchObject({ mode: 'insert', rendering: renderingFor(tailor({}), 'requirements') });
    expect(clipboardWrites).toHaveLength(0);
    // Reaching the tab is a reach check, not a page scan thrown away.
    expect(probeTab).not.toHaveBeenCalled();
  });

  it('turns too-long and repeat answers into questions, and passes the answers on', async () => {
    await targetTabAt('http://127.0.0.1/form');
    replies.push({ status: 'too-long', label: 'Summary', limit: 500, length: 3000 });
    expect((await tabInserter.insert(tailor({}), undefined)).followUp).toEqual({ kind: 'too-long', limit: 500, length: 3000 });
    replies.push({ status: 'already-inserted', label: 'Summary' });
    expect((await tabInserter.insert(tailor({}), undefined)).followUp).toEqual({ kind: 'repeat', label: 'Summary' });
    await tabInserter.insert(tailor({}), undefined, { allowTruncate: true });
    expect(sent[2]).toMatchObject({ allowTruncate: true });
  });

  it('copies when the field refuses the text', async () => {
    await targetTabAt('http://127.0.0.1/form');
    replies.push({ status: 'refused', label: 'Description', editor: 'unknown' });
    const result = await tabInserter.insert(tailor({}), undefined);
    expect(result.ok).toBe(false);
    expect(clipboardWrites).toHaveLength(1);
  });

  it('reports Fill form per field', async () => {
    await targetTabAt('http://127.0.0.1/form');
    fillReply = { fields: [{ kind: 'description', label: 'Description', outcome: 'filled' }] };
    const result = await tabInserter.fill(tailor({}));
    expect(result.ok).toBe(true);
    expect(result.fill).toEqual(fillReply);
    fillReply = { fields: [] };
    expect((await tabInserter.fill(tailor({}))).ok).toBe(false);
  });
});

describe('copyPart', () => {
  it('copies the section asked for, sanitized, and says so', async () => {
    const result = await copyPart(tailor({}), 'requirements');
    expect(result).toMatchObject({ ok: true, message: 'Copied: press Ctrl+V to paste' });
    const text = await (await clipboardWrites[0]!.getType('text/plain')).text();
    expect(text).toBe(renderingFor(tailor({}), 'requirements').text);
  });
});
