import { describe, expect, it } from 'vitest';
import { weighRemote } from './reconcile';
import { samplePreset } from './test-support';
import { SYNC_LIMITS, itemBytes, moveSyncToLocal, planWrites, staleCopies } from './write-plan';

const tag = (value: object) => ({ ...value, _writer: { id: 'w', seq: 1 } });
const plan = (ops: Parameters<typeof planWrites>[0]['ops'], syncSizes = new Map<string, number>(), corrupt = new Map<string, string>()) =>
  planWrites({ ops, syncSizes, corrupt, tag });

describe('planWrites (no storage involved)', () => {
  it('sends a preset that fits to sync, tagged, and a removal to the removals', () => {
    const result = plan([{ key: 'preset:a', value: samplePreset('a') }, { key: 'preset:b', remove: true }]);
    expect(Object.keys(result.toSync)).toEqual(['preset:a']);
    expect(result.toSync['preset:a']).toMatchObject({ id: 'a', _writer: { id: 'w', seq: 1 } });
    expect(result.toLocal).toEqual({});
    expect(result.removals).toEqual(['preset:b']);
  });

  it('sends an item over 8 KB to local with a reason naming it and its size', () => {
    const big = samplePreset('big', { name: 'Huge', options: { aboutUs: 'x'.repeat(2_000), company: 'y'.repeat(2_000), schedule: 'z'.repeat(2_000), howToApply: 'w'.repeat(2_000), supervision: 'v'.repeat(500) } });
    const result = plan([{ key: 'preset:big', value: big }]);
    expect(itemBytes('preset:big', result.toLocal['preset:big'])).toBeGreaterThan(SYNC_LIMITS.QUOTA_BYTES_PER_ITEM);
    expect(result.localReasons.get('preset:big')).toMatch(/^Saved on this device only: "Huge" is too large for browser sync \(8\.\d KB/);
  });

  it('counts what the batch adds: the write that would pass the 100 KB total goes to local', () => {
    const size = itemBytes('preset:a', tag(samplePreset('a')));
    const ops = [{ key: 'preset:a', value: samplePreset('a') }, { key: 'preset:b', value: samplePreset('b') }];
    const full = plan(ops, new Map([['other', SYNC_LIMITS.QUOTA_BYTES - size + 1]]));
    expect(Object.keys(full.toSync)).toEqual([]);
    expect(full.localReasons.get('preset:a')).toMatch(/sync storage is full/);
    const roomForOne = plan(ops, new Map([['other', SYNC_LIMITS.QUOTA_BYTES - size - 1]]));
    expect([Object.keys(roomForOne.toSync), Object.keys(roomForOne.toLocal)]).toEqual([['preset:a'], ['preset:b']]);
  });

  it('refuses to write over a key holding unreadable data', () => {
    const result = plan([{ key: 'preset:bad', value: samplePreset('bad') }], new Map(), new Map([['preset:bad', 'name: must be text']]));
    expect(result.refused).toEqual([{ key: 'preset:bad', error: expect.stringMatching(/unreadable data \(name: must be text\); discard it first/) }]);
    expect(result.toSync).toEqual({});
  });

  it('moves the sync batch to local on a quota error, saying whether sync is full or busy', () => {
    const busy = plan([{ key: 'preset:a', value: samplePreset('a') }]);
    moveSyncToLocal(busy, new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    expect(Object.keys(busy.toLocal)).toEqual(['preset:a']);
    expect(busy.localReasons.get('preset:a')).toMatch(/sync is busy/);
    const full = plan([{ key: 'preset:a', value: samplePreset('a') }]);
    moveSyncToLocal(full, new Error('QUOTA_BYTES quota exceeded'));
    expect(full.localReasons.get('preset:a')).toMatch(/sync storage is full/);
  });

  it('names the copies left in the other area, never one whose write failed', () => {
    const locations = new Map([
      ['preset:a', new Set(['local', 'sync'] as const)],
      ['preset:b', new Set(['sync'] as const)],
      ['preset:c', new Set(['local'] as const)],
    ]);
    const written = { toSync: { 'preset:a': {}, 'preset:c': {} }, toLocal: { 'preset:b': {} } };
    expect(staleCopies(written, new Set(), locations)).toEqual({ local: ['preset:a', 'preset:c'], sync: ['preset:b'] });
    expect(staleCopies(written, new Set(['preset:c', 'preset:b']), locations)).toEqual({ local: ['preset:a'], sync: [] });
  });
});

describe('weighRemote (a foreign change against the op queued here)', () => {
  const edit = (updatedAt: number) => ({ key: 'preset:a', value: samplePreset('a', { updatedAt }) });
  it.each([
    ['nothing queued', undefined, { updatedAt: 5 }, 'apply'],
    ['a newer queued edit', edit(9), { updatedAt: 5 }, 'keep-queued'],
    ['a queued edit of a preset deleted elsewhere', edit(9), null, 'keep-queued'],
    ['an older queued edit', edit(3), { updatedAt: 5 }, 'apply-over-queued-edit'],
    ['a queued removal of a preset still stored', { key: 'preset:a', remove: true as const }, { updatedAt: 5 }, 'apply'],
    ['a queued removal of a preset gone elsewhere too', { key: 'preset:a', remove: true as const }, null, 'keep-queued'],
  ])('%s', (_label, queued, stored, expected) => {
    expect(weighRemote(queued, stored)).toBe(expected);
  });
});
