/**
 * The popup always says what it can do (issue 13): on a page it cannot change, Insert stays visible but
 * disabled with the reason beside it and Copy is offered; no loading line when there is no policy; Enter
 * runs the primary action; the status line names the field the posting went into.
 *
 * Timing is recorded, not asserted (no timed asserts): the reason's first appearance, measured inside the
 * popup from its own time origin, is printed next to the 500 ms goal; `npm run bench:popup` gives
 * medians over many opens.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIR } from './build-fixtures';
import { clickAndType, editorFixture } from './editors';
import { expectedPosting, squash } from './expected';
import { getState, INSERT_BUTTON, launchHarness, waitForPopupStatus, waitForState, type Harness } from './harness';
import { openRecordedPopup, popupRecord } from './popup-recorder';

const expected = expectedPosting();

let harness: Harness;
beforeAll(async () => {
  harness = await launchHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('a page the popup cannot change', () => {
  it.each([
    // The browser's own pages: no extension may script them.
    ['a browser page (chrome://version)', () => 'chrome://version/'],
    // A file page without "Allow access to file URLs": the browser refuses the extension.
    ['a page without access (file://)', () => `file://${join(E2E_DIR, 'fixtures', 'no-target.html')}`],
  ])('%s: Insert visible but disabled, the reason beside it, Copy offered', async (_name, url) => {
    const page = await harness.openFixture('no-target');
    // The tab id first (the extension cannot read the URL of a page it has no access to), then the page.
    const tabId = await harness.tabIdOf(page);
    await page.goto(url());
    const popup = await openRecordedPopup(harness, tabId);
    const reason = popup.locator('#insert-reason');
    await reason.waitFor({ timeout: 10_000 });
    expect((await reason.textContent())?.trim()).toMatch(/can't be changed|doesn't let the extension/);
    const insert = popup.getByRole('button', { name: INSERT_BUTTON });
    expect(await insert.isVisible()).toBe(true);
    expect(await insert.isDisabled()).toBe(true);
    expect(await insert.getAttribute('aria-describedby')).toBe('insert-reason');
    const copy = popup.getByRole('button', { name: 'Copy job description' });
    await expect.poll(() => copy.isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await copy.getAttribute('class')).toBe('primary');
    const { reasonAt } = await popupRecord(popup);
    expect(reasonAt).not.toBeNull();
    console.log(`popup on ${url()}: reason shown ${Math.round(reasonAt!)} ms after the popup opened (goal: within 500 ms)`);
    expect(harness.errorsOf(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('no policy', () => {
  it('the popup never shows a loading line, even while the first managed read is slow, and shows no Organization group', async () => {
    const page = await harness.openFixture('textarea-react');
    const popup = await openRecordedPopup(harness, await harness.tabIdOf(page), { slowManaged: true });
    await popup.getByRole('button', { name: INSERT_BUTTON }).first().click({ trial: true, timeout: 10_000 });
    // Past the slow managed read, so a loading line shown meanwhile would be recorded.
    await popup.waitForTimeout(2_500);
    const { texts } = await popupRecord(popup);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => /loading/i.test(text))).toEqual([]);
    expect(await popup.locator('optgroup[label="Organization"]').count()).toBe(0);
    expect(harness.errorsOf(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('Enter and the status line', () => {
  it('Enter inserts, and the status names the field the posting went into', async () => {
    const fixture = editorFixture('react-textarea');
    const page = await harness.openFixture(fixture.page);
    await clickAndType(page, fixture, '');
    const popup = await harness.openPopupFor(page);
    const insert = popup.getByRole('button', { name: INSERT_BUTTON }).first();
    await insert.click({ trial: true, timeout: 10_000 });
    // Nothing focused in the popup: the key goes to its body, as when it has just opened.
    await popup.keyboard.press('Enter');
    const status = await waitForPopupStatus(popup);
    expect(status).toBe('Inserted into Job description');
    const state = await waitForState(page, (s) => squash(s.text).includes(expected.uniqueLine), 4_000).catch(() => getState(page));
    expect(squash(state.text)).toContain(expected.uniqueLine);
    expect(harness.errorsOf(page)).toEqual([]);
    expect(harness.errorsOf(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
