// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { click, settle } from '../common/testUtils';
import { insertShortcut, manifestShortcut } from './shortcut';
import { WelcomeApp } from './WelcomeApp';

const MANIFEST = { commands: { 'insert-posting': { suggested_key: { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' } } } };

describe('insert shortcut', () => {
  it('takes what the browser reports, including "no shortcut"', async () => {
    expect(await insertShortcut(async () => [{ name: 'insert-posting', shortcut: 'Alt+Shift+P' }], MANIFEST, false)).toEqual({ keys: 'Alt+Shift+P', fromManifest: false });
    expect(await insertShortcut(async () => [{ name: 'insert-posting', shortcut: '' }], MANIFEST, false)).toEqual({ keys: null, fromManifest: false });
  });

  it("falls back to the manifest's suggestion when the commands API is missing or fails", async () => {
    expect(await insertShortcut(undefined, MANIFEST, false)).toEqual({ keys: 'Ctrl+Shift+Y', fromManifest: true });
    expect(await insertShortcut(async () => Promise.reject(new Error('no')), MANIFEST, true)).toEqual({ keys: 'Command+Shift+Y', fromManifest: true });
    expect(manifestShortcut({}, false)).toBeNull();
  });
});

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

describe('welcome page', () => {
  it('shows three pictured steps, the shortcut, and ways to the side panel and options', async () => {
    const openSidePanel = vi.fn(async () => undefined);
    await act(() =>
      render(
        <WelcomeApp loadShortcut={async () => ({ keys: 'Ctrl+Shift+Y', fromManifest: false })} openSidePanel={openSidePanel} optionsUrl="chrome-extension://x/options.html" />,
        container,
      ),
    );
    await settle();
    const steps = [...container.querySelectorAll('.welcome-step')];
    expect(steps.map((step) => step.getAttribute('data-step'))).toEqual(['pin', 'click', 'insert']);
    for (const step of steps) {
      const image = step.querySelector('img')!;
      // Pictures ship inside the extension (works offline) and each says what it shows.
      expect(image.getAttribute('src')).toMatch(/^\/welcome\/[a-z]+\.svg$/);
      expect(image.getAttribute('alt')?.length).toBeGreaterThan(10);
    }
    expect(container.querySelector('kbd')?.textContent).toBe('Ctrl+Shift+Y');
    expect(container.querySelector('a[href="chrome-extension://x/options.html"]')).not.toBeNull();
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Open the side panel')!);
    expect(openSidePanel).toHaveBeenCalledTimes(1);
  });

  it('says so when no shortcut is set, and when the side panel cannot open', async () => {
    await act(() =>
      render(
        <WelcomeApp
          loadShortcut={async () => ({ keys: null, fromManifest: false })}
          openSidePanel={async () => Promise.reject(new Error('No side panel here'))}
          optionsUrl="options.html"
        />,
        container,
      ),
    );
    await settle();
    expect(container.querySelector('kbd')).toBeNull();
    expect(container.querySelector('[data-testid="welcome-shortcut"]')?.textContent).toMatch(/No keyboard shortcut/);
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Open the side panel')!);
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('No side panel here');
  });
});
