/**
 * Self-check of the fixture pages, independent of the extension's insertion engine: each editor
 * accepts typing and a structured bare paste through its own pipeline, its model reports the
 * list items, and Ctrl+Z in the editor undoes the paste. If these fail, the fixture is wrong,
 * not the engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, getState, waitForState, type Harness } from './harness';
import { EDITOR_FIXTURES, bareInsert, clickAndType } from './editors';

const SAMPLE = {
  html: '<h2>About the role</h2><p>We help people get back to daily life.</p><ul><li>Carry out treatment plans</li><li>Document each visit</li><li>Teach home programs</li></ul>',
  text: 'About the role\nWe help people get back to daily life.\n• Carry out treatment plans\n• Document each visit\n• Teach home programs',
};

let harness: Harness;
beforeAll(async () => {
  harness = await launchHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe.each(EDITOR_FIXTURES)('fixture $name', (fixture) => {
  it('takes typing and a bare paste into its own model, and undoes the paste', async () => {
    const page = await harness.openFixture(fixture.page);
    await clickAndType(page, fixture, 'Existing note. ');
    const typed = await waitForState(page, (s) => s.text.includes('Existing note.'));
    expect(typed.listItems).toBe(0);
    // Let typing history settle so the paste gets its own undo step, as after a real pause.
    await page.waitForTimeout(1100);

    await bareInsert(page, fixture, SAMPLE);
    const pasted = await waitForState(page, (s) => s.text.includes('Teach home programs'));
    expect(pasted.text).toContain('Existing note.');
    expect(pasted.text).toContain('Document each visit');
    if (fixture.rich) expect(pasted.listItems).toBeGreaterThanOrEqual(3);
    else expect(pasted.text).toContain('• Document each visit');

    await page.keyboard.press('Control+z');
    const undone = await waitForState(page, (s) => !s.text.includes('Teach home programs'));
    expect(undone.text).toContain('Existing note.');

    expect(harness.errorsOf(page)).toEqual([]);
    await page.close();
  });
});

describe('fixture refusing', () => {
  it('keeps real typing but reverts a programmatic paste and execCommand', async () => {
    const page = await harness.openFixture('refusing');
    const editor = page.locator('#editor');
    await editor.click();
    await page.keyboard.type('Existing note. ', { delay: 5 });
    await waitForState(page, (s) => s.text.includes('Existing note.'));
    await editor.evaluate((el: HTMLElement, html: string) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'About the role');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      el.focus();
      document.execCommand('insertHTML', false, html);
    }, SAMPLE.html);
    await page.waitForTimeout(200);
    const state = await getState(page);
    expect(state.text).toContain('Existing note.');
    expect(state.text).not.toContain('About the role');
    expect(harness.errorsOf(page)).toEqual([]);
    await page.close();
  });
});
