import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { describeForBadge, startBackground } from './background-runtime';

const executeScript = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  // fakeBrowser has no scripting / contextMenus / commands: the slices the background uses.
  Object.assign(fakeBrowser, {
    scripting: { executeScript },
    contextMenus: { removeAll: vi.fn(async () => {}), create: vi.fn(), onClicked: { addListener: vi.fn() } },
    commands: { onCommand: { addListener: vi.fn() } },
  });
});

describe('background main-world route', () => {
  it('runs the page-world step in the sending frame only, for our own content scripts', async () => {
    executeScript.mockResolvedValue([{ result: { route: 'tinymce-api' } }]);
    startBackground();
    const message = { type: 'background/main-world-insert', rendering: { html: '<p>x</p>', text: 'x' }, editor: 'tinymce' };
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 3 };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    expect(reply).toEqual({ route: 'tinymce-api' });
    expect(executeScript).toHaveBeenCalledTimes(1);
    const call = executeScript.mock.calls[0]![0];
    expect(call.target).toEqual({ tabId: 7, frameIds: [3] });
    expect(call.world).toBe('MAIN');
    expect(call.args).toEqual(['<p>x</p>', 'x', 'tinymce']);
  });

  it('ignores other extensions, extension pages without a tab, and malformed requests', async () => {
    startBackground();
    const good = { type: 'background/main-world-insert', rendering: { html: '', text: 'x' }, editor: 'quill' };
    const results = [
      ...(await fakeBrowser.runtime.onMessage.trigger(good, { id: 'someone-else', tab: { id: 1 } as never })),
      ...(await fakeBrowser.runtime.onMessage.trigger(good, { id: fakeBrowser.runtime.id })),
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'background/main-world-insert' }, { id: fakeBrowser.runtime.id, tab: { id: 1 } as never })),
    ];
    expect(results.every((r) => r === undefined)).toBe(true);
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('describeForBadge', () => {
  it('tells the shortcut user what happened in the toolbar tooltip', () => {
    expect(describeForBadge({ status: 'inserted', label: 'Description', editor: 'quill', step: 'paste' })).toEqual({
      badge: '✓',
      title: 'Inserted into Description',
    });
    expect(describeForBadge({ status: 'no-target' }).title).toMatch(/^Click into the job description field first/);
    expect(describeForBadge({ status: 'too-long', label: 'D', limit: 10, length: 20 }).title).toContain('20/10');
  });
});
