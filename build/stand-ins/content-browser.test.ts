import { describe, expect, it, vi } from 'vitest';
import { withPromiseListeners } from './content-browser';

type RawListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined;

function fakeChromeRuntime() {
  const listeners: RawListener[] = [];
  return {
    listeners,
    runtime: {
      id: 'ext-id',
      getURL: (path: string) => `chrome-extension://ext-id${path}`,
      sendMessage: vi.fn(async (message: unknown) => ({ echoed: message })),
      onMessage: { addListener: (listener: RawListener) => listeners.push(listener) },
    },
  };
}

describe('withPromiseListeners (the Chrome content script without the polyfill)', () => {
  it('answers through sendResponse when the listener returns a Promise, holding the channel open', async () => {
    const chrome = fakeChromeRuntime();
    withPromiseListeners(chrome.runtime).onMessage.addListener(async (message) => ({ got: message }));
    const sendResponse = vi.fn();
    expect(chrome.listeners[0]!({ type: 'content/ping' }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ got: { type: 'content/ping' } }));
  });

  it('turns a rejected Promise into an error reply instead of leaving the sender hanging', async () => {
    const chrome = fakeChromeRuntime();
    withPromiseListeners(chrome.runtime).onMessage.addListener(() => Promise.reject(new Error('boom')));
    const sendResponse = vi.fn();
    chrome.listeners[0]!({}, {}, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ status: 'error', message: 'Error: boom' }));
  });

  it('stays silent (does not hold the channel) when the listener has nothing to say', () => {
    const chrome = fakeChromeRuntime();
    withPromiseListeners(chrome.runtime).onMessage.addListener(() => undefined);
    const sendResponse = vi.fn();
    expect(chrome.listeners[0]!({}, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('passes id, getURL and sendMessage through (id read live: it disappears when the extension reloads)', async () => {
    const chrome = fakeChromeRuntime();
    const runtime = withPromiseListeners(chrome.runtime);
    expect(runtime.getURL('/')).toBe('chrome-extension://ext-id/');
    expect(await runtime.sendMessage({ a: 1 })).toEqual({ echoed: { a: 1 } });
    expect(runtime.id).toBe('ext-id');
    (chrome.runtime as { id?: string }).id = undefined;
    expect(runtime.id).toBeUndefined();
  });
});
