import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InsertReply } from '../messaging/protocol';

const tabClient = vi.hoisted(() => ({ insertIntoTab: vi.fn<(tabId: number, request: unknown) => Promise<InsertReply>>() }));
vi.mock('../messaging/tab-client', () => tabClient);
const { insertWithFallback } = await import('./insert-flow');

const rendering = { html: '<p>x</p>', text: 'x' };
beforeEach(() => tabClient.insertIntoTab.mockReset());

describe('insertWithFallback', () => {
  it('copies and says Ctrl+V when the field refuses; says use Copy when the copy fails too', async () => {
    tabClient.insertIntoTab.mockResolvedValue({ status: 'refused', label: 'Description', editor: 'x' });
    const copy = vi.fn(async () => undefined);
    expect(await insertWithFallback(1, { rendering, mode: 'insert' }, copy)).toEqual({
      ok: false,
      message: 'Copied: press Ctrl+V to paste (Description did not accept the text)',
      followUp: undefined,
    });
    expect(copy).toHaveBeenCalledWith(rendering);
    const failing = async () => {
      throw new Error('denied');
    };
    expect((await insertWithFallback(1, { rendering, mode: 'insert' }, failing)).message).toBe('Description did not accept the text — use Copy');
  });

  it('turns a thrown send into a copy, and too-long / repeat into questions without copying', async () => {
    const copy = vi.fn(async () => undefined);
    tabClient.insertIntoTab.mockRejectedValueOnce(new Error('gone'));
    expect((await insertWithFallback(1, { rendering, mode: 'insert' }, copy)).message).toMatch(/^Copied: .*Could not insert: Error: gone/);
    tabClient.insertIntoTab.mockResolvedValueOnce({ status: 'too-long', label: 'S', limit: 5, length: 9 });
    expect((await insertWithFallback(1, { rendering, mode: 'insert' }, copy)).followUp).toEqual({ kind: 'too-long', limit: 5, length: 9 });
    tabClient.insertIntoTab.mockResolvedValueOnce({ status: 'already-inserted', label: 'S' });
    expect((await insertWithFallback(1, { rendering, mode: 'insert' }, copy)).followUp).toEqual({ kind: 'repeat', label: 'S' });
    expect(copy).toHaveBeenCalledTimes(1);
  });
});
