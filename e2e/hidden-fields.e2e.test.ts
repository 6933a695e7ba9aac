/**
 * Issue 11: never write into a field a person cannot see. A page that moves focus into an off-screen,
 * transparent textarea, and a hidden textarea with a better label than the visible editor, must both
 * leave the posting in the visible editor, the hidden field empty, and the popup naming the field used.
 *
 * NEEDS THE ENGINE (insert/visibility.ts, resolveTarget, the focus tracker).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSERT_BUTTON, TYPED_NOTE, getState, launchHarness, runPopupAction, waitForState, type Harness } from './harness';
import { expectedPosting, missingPieces, occurrences, squash } from './expected';

const expected = expectedPosting();

let harness: Harness;
beforeAll(async () => {
  harness = await launchHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('Hidden look-alike fields', () => {
  it('the page moved focus into a hidden textarea: the posting goes into the visible editor the user was in', async () => {
    const page = await harness.openFixture('hidden-field?steal=1');
    await page.locator('#editor').click();
    await page.keyboard.type(TYPED_NOTE, { delay: 5 });
    // The page has taken focus away into its hidden helper.
    await waitForState(page, (s) => s.fields?.focused === 'trap');
    const { popup, status } = await runPopupAction(harness, page, INSERT_BUTTON);
    const state = await waitForState(page, (s) => squash(s.text).includes(expected.uniqueLine), 4_000).catch(() => getState(page));
    expect(state.fields?.hidden, 'hidden textarea stays empty').toBe('');
    expect(missingPieces(state.text, expected.pieces), `status: ${status}`).toEqual([]);
    expect(squash(state.text).indexOf(squash(TYPED_NOTE)), 'typed text kept, first').toBe(0);
    expect(occurrences(state.text, expected.uniqueLine)).toBe(1);
    expect(status).toMatch(/\bDescription\b/);
    expect(status).not.toMatch(/Job description/i);
    expect(harness.errorsOf(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('nothing focused: the visible "Description" editor wins over the hidden "Job description" textarea', async () => {
    const page = await harness.openFixture('hidden-field');
    const { popup, status } = await runPopupAction(harness, page, INSERT_BUTTON);
    const state = await waitForState(page, (s) => squash(s.text).includes(expected.uniqueLine), 4_000).catch(() => getState(page));
    expect(state.fields?.hidden, 'hidden textarea stays empty').toBe('');
    expect(missingPieces(state.text, expected.pieces), `status: ${status}`).toEqual([]);
    expect(status).toMatch(/\bDescription\b/);
    expect(status).not.toMatch(/Job description/i);
    expect(harness.errorsOf(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
