/**
 * The insertion suite in Firefox ESR (issue 11): every editor fixture through the popup, one Ctrl+Z,
 * no double insert, Fill form (and the text a user already wrote kept), the clipboard fallback, hidden
 * look-alike fields; the side panel (Firefox sidebar page) and options page load without errors.
 * Same fixtures and expectations as the Chromium files (../insert.e2e.test.ts, ../hidden-fields.e2e.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { EditorState } from '../harness';
import { EDITOR_FIXTURES, type EditorFixture } from '../editors';
import { expectedPosting, listCount, missingPieces, occurrences, squash } from '../expected';
import {
  firefoxState,
  launchFirefoxHarness,
  openAndTypeFirefox,
  pollInPage,
  pressCtrl,
  runFirefoxPopupAction,
  waitForFirefoxState,
  type FirefoxHarness,
} from './harness';

const expected = expectedPosting();
const TYPED_NOTE = 'Existing note. ';
const INSERT = /^Insert/;

let harness: FirefoxHarness;
beforeAll(async () => {
  harness = await launchFirefoxHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function settled(page: Page): Promise<EditorState> {
  return waitForFirefoxState(page, (s) => squash(s.text).includes(expected.uniqueLine), 4_000).catch(() => firefoxState(page));
}

function expectPostingIn(state: EditorState, fixture: EditorFixture): void {
  expect(missingPieces(state.text, expected.pieces), 'posting pieces missing from the editor model').toEqual([]);
  expect(squash(state.text).indexOf(squash(TYPED_NOTE)), 'typed text kept, before the insertion').toBe(0);
  if (fixture.rich) {
    expect(state.listItems, 'list items in the editor model').toBeGreaterThanOrEqual(listCount(expected.posting));
    if (fixture.headings) expect(state.headings, 'heading nodes in the model').toBeGreaterThanOrEqual(1);
  } else {
    for (const bullet of expected.bullets) expect(state.text).toContain(`• ${bullet}`);
  }
}

describe.each(EDITOR_FIXTURES)('Firefox: insert into $name', (fixture) => {
  it('puts the posting into the model after the typed text, once, with no errors', async () => {
    const page = await openAndTypeFirefox(harness, fixture, TYPED_NOTE);
    const { popup, status } = await runFirefoxPopupAction(harness, page, INSERT);
    const state = await settled(page);
    expect(status).toMatch(/Job description/);
    expectPostingIn(state, fixture);
    expect(occurrences(state.text, expected.uniqueLine), 'inserted once').toBe(1);
    expect(harness.errorsOf(page), 'fixture page errors').toEqual([]);
    expect(harness.errorsOf(popup), 'popup errors').toEqual([]);
    await popup.close();
    await page.close();
  });

  it('one Ctrl+Z removes the whole insertion and keeps the typed text', async () => {
    const page = await openAndTypeFirefox(harness, fixture, TYPED_NOTE);
    const { popup } = await runFirefoxPopupAction(harness, page, INSERT);
    await waitForFirefoxState(page, (s) => squash(s.text).includes(expected.uniqueLine), 4_000);
    await popup.close();
    await page.bringToFront();
    await pressCtrl(page, 'z');
    const undone = await waitForFirefoxState(page, (s) => !squash(s.text).includes(expected.uniqueLine), 3_000).catch(() => firefoxState(page));
    expect(squash(undone.text)).toBe(squash(TYPED_NOTE));
    await page.close();
  });

  it('a double click, then a second Insert, leave the posting in once', async () => {
    const page = await openAndTypeFirefox(harness, fixture, TYPED_NOTE);
    const first = await runFirefoxPopupAction(harness, page, INSERT, { double: true });
    await settled(page);
    await first.popup.close();
    const second = await runFirefoxPopupAction(harness, page, INSERT);
    await new Promise((r) => setTimeout(r, 500));
    const state = await firefoxState(page);
    expect(occurrences(state.text, expected.uniqueLine), `second status: ${second.status}`).toBe(1);
    await second.popup.close();
    await page.close();
  });
});

describe('Firefox: forms, fallbacks, hidden fields', () => {
  it('Fill form puts title, description and requirements each into its own field, keeping typed text', async () => {
    const page = await harness.openFixture('form-fields');
    await (await page.waitForSelector('#job-requirements'))!.click();
    await page.keyboard.type('Must love kids.', { delay: 5 });
    const { popup, status } = await runFirefoxPopupAction(harness, page, /^Fill/);
    const state = await waitForFirefoxState(page, (s) => Boolean(s.fields?.title), 4_000).catch(() => firefoxState(page));
    const fields = state.fields ?? {};
    expect(fields.title, `status: ${status}`).toBe(expected.posting.title);
    expect(fields.requirements).toContain('Must love kids.');
    const aboutRole = expected.posting.sections.find((s) => s.id === 'about-role')!;
    expect(squash(fields.description ?? '')).toContain(squash(aboutRole.paragraphs[0]!.text));
    expect(harness.errorsOf(page)).toEqual([]);
    expect(harness.errorsOf(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('an editor that refuses programmatic input: clipboard fallback, status says Ctrl+V, page unchanged', async () => {
    const page = await harness.openFixture('refusing');
    await (await page.waitForSelector('#editor'))!.click();
    await page.keyboard.type(TYPED_NOTE, { delay: 5 });
    await waitForFirefoxState(page, (s) => s.text.includes(TYPED_NOTE.trim()));
    const { popup, status } = await runFirefoxPopupAction(harness, page, INSERT);
    expect(status).toMatch(/Ctrl\+V/i);
    expect(squash((await firefoxState(page)).text)).toBe(squash(TYPED_NOTE));
    expect(harness.errorsOf(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('focus stolen into a hidden textarea: the visible editor gets the posting, the popup names it', async () => {
    const page = await harness.openFixture('hidden-field?steal=1');
    await (await page.waitForSelector('#editor'))!.click();
    await page.keyboard.type(TYPED_NOTE, { delay: 5 });
    await waitForFirefoxState(page, (s) => s.fields?.focused === 'trap');
    const { popup, status } = await runFirefoxPopupAction(harness, page, INSERT);
    const state = await settled(page);
    expect(state.fields?.hidden).toBe('');
    expect(missingPieces(state.text, expected.pieces), `status: ${status}`).toEqual([]);
    expect(status).toMatch(/\bDescription\b/);
    expect(status).not.toMatch(/Job description/i);
    await popup.close();
    await page.close();
  });

  it('nothing focused: the visible editor wins over the hidden, better-named textarea', async () => {
    const page = await harness.openFixture('hidden-field');
    const { popup, status } = await runFirefoxPopupAction(harness, page, INSERT);
    const state = await settled(page);
    expect(state.fields?.hidden).toBe('');
    expect(missingPieces(state.text, expected.pieces), `status: ${status}`).toEqual([]);
    expect(status).toMatch(/\bDescription\b/);
    await popup.close();
    await page.close();
  });

  it.each(['sidepanel.html', 'options.html'])('%s loads and renders without errors', async (path) => {
    const page = await harness.openExtensionPage(path);
    await pollInPage(page, () => (document.body?.innerText ?? '').trim().length > 20);
    await new Promise((r) => setTimeout(r, 500));
    expect(harness.errorsOf(page)).toEqual([]);
    await page.close();
  });
});
