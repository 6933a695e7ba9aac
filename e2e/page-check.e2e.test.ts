/**
 * "Check the page" in the real browser (Chromium): a posting typed into a job board's editor is read
 * from the page and checked in the side panel; the findings show the words they are about. Reading
 * changes nothing in the editor's own model. Editors: a React textarea, Quill, ProseMirror (TipTap),
 * CKEditor 5, and a multi-field form (title, description, requirements, benefits).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAndType, editorFixture } from './editors';
import { getState, launchHarness, waitForState, type Harness } from './harness';

const POSTING = ['Occupational Therapy Assistant', 'Location: Denver, CO', 'CHT certification required', 'Pay: DOE'].join('\n');

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function checkThePage(page: Page): Promise<Page> {
  const tabId = await harness.tabIdOf(page);
  const panel = await harness.context.newPage();
  await panel.goto(`chrome-extension://${harness.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByRole('button', { name: 'Check the page' }).click();
  await panel.locator('.page-check [data-rule]').first().waitFor({ timeout: 20_000 });
  return panel;
}

const finding = (panel: Page, ruleId: string) => panel.locator(`.page-check [data-rule="${ruleId}"]`);

describe('Check the page reads the posting from the editor', () => {
  for (const name of ['react-textarea', 'quill', 'tiptap', 'ckeditor5']) {
    it(name, async () => {
      const fixture = editorFixture(name);
      const page = await harness.openFixture(fixture.page);
      await clickAndType(page, fixture, POSTING);
      await waitForState(page, (s) => s.text.includes('Pay: DOE'));
      const before = await getState(page);
      const panel = await checkThePage(page);

      const cht = finding(panel, 'credentials/cht-not-open-to-ota');
      await expect(cht.locator('.quote q').textContent()).resolves.toBe('CHT certification required');
      await expect(cht.locator('a.source-link').getAttribute('href')).resolves.toMatch(/^https:\/\//);
      await expect(cht.getByRole('button', { name: 'Copy suggestion' }).count()).resolves.toBe(1);
      await expect(finding(panel, 'pay/range-missing@CO').locator('.quote q').textContent()).resolves.toBe('DOE');
      await expect(finding(panel, 'pay/benefits-missing@CO').count()).resolves.toBe(1);
      // Read only: the editor's own model is what it was.
      expect(await getState(page)).toEqual(before);
      expect(harness.errorsOf(page)).toEqual([]);
      expect(harness.errorsOf(panel)).toEqual([]);
      await panel.close();
      await page.close();
    });
  }

  it('a multi-field form: title, requirements and benefits fields count with the description', async () => {
    const page = await harness.openFixture('form-fields');
    const typeInto = async (selector: string, text: string) => {
      await page.locator(selector).click();
      await page.keyboard.type(text, { delay: 2 });
    };
    await typeInto('#job-title', 'Occupational Therapy Assistant');
    await typeInto('#job-requirements', 'OTR/L license required');
    await typeInto('#job-benefits', 'Medical, dental and vision insurance; 401(k)');
    await typeInto('#job-description', 'We are hiring in Denver, CO. Pay: $29.50 – $36.00 per hour.');
    await waitForState(page, (s) => s.text.includes('per hour') || JSON.stringify(s.fields ?? {}).includes('per hour'));
    const panel = await checkThePage(page);

    await expect(finding(panel, 'credentials/otr-not-open-to-ota').locator('.quote q').textContent()).resolves.toBe('OTR/L license required');
    await expect(finding(panel, 'pay/range-missing@CO').count()).resolves.toBe(0);
    await expect(finding(panel, 'pay/benefits-missing@CO').count()).resolves.toBe(0);
    await expect(finding(panel, 'structure/requirements-missing').count()).resolves.toBe(0);
    await expect(panel.locator('.page-check').textContent()).resolves.toContain('Also read: Job title, Requirements, Benefits');
    expect(harness.errorsOf(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });
});
