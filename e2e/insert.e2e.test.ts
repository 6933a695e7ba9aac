/**
 * Issue 3 end to end: the popup's Insert button puts the tailored posting into each editor the way a
 * user would use it (click into the field, type, open the popup, press Insert), and the result is
 * checked in the editor's *own model* via the fixture's `__getState()`.
 *
 * NEEDS THE ENGINE: every test in this file exercises the insertion engine (insert/ + content script +
 * popup wiring). They fail — never skip — while the engine does not do what is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  INSERT_BUTTON,
  TYPED_NOTE,
  getState,
  launchHarness,
  openAndType,
  runPopupAction,
  waitForState,
  type EditorState,
  type Harness,
} from './harness';
import { EDITOR_FIXTURES, type EditorFixture } from './editors';
import { expectedPosting, listCount, missingPieces, occurrences, squash } from './expected';

const expected = expectedPosting();

let harness: Harness;
beforeAll(async () => {
  harness = await launchHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Waits for the posting to show up in the model; returns the last state either way. */
async function settledState(page: Page): Promise<EditorState> {
  try {
    return await waitForState(page, (s) => squash(s.text).includes(expected.uniqueLine), 4_000);
  } catch {
    return getState(page);
  }
}

function expectPostingIn(state: EditorState, fixture: EditorFixture): void {
  expect(missingPieces(state.text, expected.pieces), 'posting pieces missing from the editor model').toEqual([]);
  const text = squash(state.text);
  expect(text.indexOf(TYPED_NOTE.trim()), 'typed text kept, before the insertion').toBe(0);
  expect(text.indexOf(squash(expected.posting.title))).toBeGreaterThan(0);
  if (fixture.rich) {
    expect(state.listItems, 'list items in the editor model').toBeGreaterThanOrEqual(listCount(expected.posting));
    if (fixture.headings) expect(state.headings, 'heading nodes in the model').toBeGreaterThanOrEqual(1);
  } else {
    for (const bullet of expected.bullets) expect(state.text).toContain(`• ${bullet}`);
  }
}

describe.each(EDITOR_FIXTURES)('Insert into $name', (fixture) => {
  it('puts the posting into the editor model at the caret, after the typed text, with no errors', async () => {
    const page = await openAndType(harness, fixture);
    const { popup, status } = await runPopupAction(harness, page, INSERT_BUTTON);
    const state = await settledState(page);
    expectPostingIn(state, fixture);
    expect(occurrences(state.text, expected.uniqueLine), 'inserted once').toBe(1);
    if (fixture.name === 'react-textarea') {
      // "Save draft" forces a React render: the value must live in React state, not just the DOM.
      await page.click('#save');
      const domValue = await page.locator('#job-description').inputValue();
      expect((await getState(page)).text).toBe(domValue);
      expect(squash(domValue)).toContain(expected.uniqueLine);
    }
    expect(harness.errorsOf(page), 'fixture page errors').toEqual([]);
    expect(harness.errorsOf(popup), `popup errors (status: ${status})`).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('one Ctrl+Z removes the whole insertion and keeps the typed text', async () => {
    const page = await openAndType(harness, fixture);
    const { popup } = await runPopupAction(harness, page, INSERT_BUTTON);
    await waitForState(page, (s) => squash(s.text).includes(expected.uniqueLine), 4_000);
    await popup.close();
    await page.bringToFront();
    await page.keyboard.press('Control+z');
    const undone = await waitForState(page, (s) => !squash(s.text).includes(expected.uniqueLine), 3_000).catch(() =>
      getState(page),
    );
    expect(squash(undone.text)).toBe(TYPED_NOTE.trim());
    expect(harness.errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('a double click, then a second Insert, still leave the posting in once', async () => {
    const page = await openAndType(harness, fixture);
    const first = await runPopupAction(harness, page, INSERT_BUTTON, { double: true });
    await settledState(page);
    await first.popup.close();
    const second = await runPopupAction(harness, page, INSERT_BUTTON);
    await page.waitForTimeout(500);
    const state = await getState(page);
    expect(occurrences(state.text, expected.uniqueLine), `posting occurrences (second status: ${second.status})`).toBe(1);
    // The title also appears inside the posting's own text (e.g. a licence line): compare with the render.
    const title = squash(expected.posting.title);
    expect(occurrences(state.text, title), 'title occurrences').toBe(occurrences(TYPED_NOTE + expected.text, title));
    expect(harness.errorsOf(page)).toEqual([]);
    await second.popup.close();
    await page.close();
  });
});

describe('React textarea with maxlength', () => {
  const reactTextarea = EDITOR_FIXTURES.find((f) => f.name === 'react-textarea')!;

  it('a limit smaller than the posting: never over the limit, typed text kept, and the user is told', async () => {
    const limit = 600;
    const page = await openAndType(harness, { ...reactTextarea, page: `textarea-react?maxlength=${limit}` });
    const { popup, status } = await runPopupAction(harness, page, INSERT_BUTTON);
    await page.waitForTimeout(300);
    const state = await getState(page);
    expect(state.text.length, `status: ${status}`).toBeLessThanOrEqual(limit);
    expect(state.text.startsWith(TYPED_NOTE), 'typed text first').toBe(true);
    expect(await page.locator('#job-description').inputValue()).toBe(state.text);
    const inserted = squash(state.text.slice(TYPED_NOTE.length));
    if (inserted) {
      // Truncated to fit: what went in is the start of the posting.
      expect(squash(TYPED_NOTE + expected.text).startsWith(squash(state.text).replace(/…$/, '').trim())).toBe(true);
    } else {
      // Refused: the status must say why (the posting's size and the field's limit).
      expect(status).toMatch(new RegExp(`${limit}`));
      expect(status).toMatch(/characters?/i);
    }
    expect(harness.errorsOf(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('a limit larger than the posting: the whole posting goes in', async () => {
    const limit = expected.text.length + 500;
    const page = await openAndType(harness, { ...reactTextarea, page: `textarea-react?maxlength=${limit}` });
    const { popup, status } = await runPopupAction(harness, page, INSERT_BUTTON);
    const state = await settledState(page);
    expect(missingPieces(state.text, expected.pieces), `status: ${status}`).toEqual([]);
    expect(state.text.length).toBeLessThanOrEqual(limit);
    expect(harness.errorsOf(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('Fill form with separate fields', () => {
  it('puts the title, description and requirements each into its own field', async () => {
    const page = await harness.openFixture('form-fields');
    const { popup, status } = await runPopupAction(harness, page, /^Fill/);
    const state = await waitForState(page, (s) => Boolean(s.fields?.title), 4_000).catch(() => getState(page));
    const fields = state.fields ?? {};
    expect(fields.title, `status: ${status}`).toBe(expected.posting.title);
    const requirements = expected.posting.sections.find((s) => s.id === 'requirements')!;
    for (const bullet of requirements.bullets) expect(fields.requirements).toContain(`• ${bullet.text}`);
    const aboutRole = expected.posting.sections.find((s) => s.id === 'about-role')!;
    expect(squash(fields.description ?? '')).toContain(squash(aboutRole.paragraphs[0]!.text));
    // The description field must not repeat what went into Requirements.
    expect(squash(fields.description ?? '')).not.toContain(squash(requirements.bullets[0]!.text));
    // The default posting has no benefits section: nothing is invented for that field.
    expect(fields.benefits ?? '').toBe('');
    expect(harness.errorsOf(page)).toEqual([]);
    expect(harness.errorsOf(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('Fill form keeps what the user already wrote', () => {
  it('a Requirements field with text keeps it; the others are filled; the report names each field', async () => {
    const page = await harness.openFixture('form-fields');
    await page.locator('#job-requirements').click();
    await page.keyboard.type('Must love kids.', { delay: 5 });
    const { popup, status } = await runPopupAction(harness, page, /^Fill/);
    const state = await waitForState(page, (s) => Boolean(s.fields?.title), 4_000).catch(() => getState(page));
    const fields = state.fields ?? {};
    expect(fields.requirements, `status: ${status}`).toContain('Must love kids.');
    expect(fields.title).toBe(expected.posting.title);
    const aboutRole = expected.posting.sections.find((s) => s.id === 'about-role')!;
    expect(squash(fields.description ?? '')).toContain(squash(aboutRole.paragraphs[0]!.text));
    const report = popup.getByRole('list', { name: 'Form fields' });
    await expect(report.textContent()).resolves.toMatch(/Requirements/);
    await expect(report.textContent()).resolves.toMatch(/Job title|Title/);
    expect(harness.errorsOf(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('Insert with nothing to insert into', () => {
  it('asks the user to click into the field and inserts nothing', async () => {
    const page = await harness.openFixture('no-target');
    const before = await getState(page);
    const { popup, status } = await runPopupAction(harness, page, INSERT_BUTTON);
    expect(status).toMatch(/click/i);
    expect(status).toMatch(/field/i);
    await page.waitForTimeout(300);
    expect(await getState(page)).toEqual(before);
    expect(harness.errorsOf(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('Insert into an editor that refuses programmatic input', () => {
  it('falls back to the clipboard and tells the user to press Ctrl+V', async () => {
    const page = await harness.openFixture('refusing');
    await page.locator('#editor').click();
    await page.keyboard.type(TYPED_NOTE, { delay: 5 });
    await waitForState(page, (s) => s.text.includes(TYPED_NOTE.trim()));
    const { popup, status } = await runPopupAction(harness, page, INSERT_BUTTON);
    expect(status).toMatch(/Ctrl\+V|Ctrl-V|Cmd\+V|⌘V/i);
    const state = await getState(page);
    expect(squash(state.text)).toBe(TYPED_NOTE.trim());
    expect(harness.errorsOf(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
