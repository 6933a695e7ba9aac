/**
 * "Check the page" in Firefox ESR (issue 12): the same cases as the Chromium file (../page-check.e2e.test.ts).
 * A posting typed into a React textarea, Quill, ProseMirror (TipTap), CKEditor 5 or a multi-field form is read
 * from the page and checked in the side panel (Firefox's sidebar page, opened as `sidepanel.html?tab=<id>`);
 * the findings quote the words they are about, and reading leaves the editor's model as it was. Then the
 * popup's "Check posting" on the textarea.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { editorFixture } from '../editors';
import {
  clickEditable,
  clickFirefoxButton,
  firefoxState,
  launchFirefoxHarness,
  pollInPage,
  pressCtrl,
  waitForFirefoxState,
  type FirefoxHarness,
} from './harness';

const POSTING = ['Occupational Therapy Assistant', 'Location: Denver, CO', 'CHT certification required', 'Pay: DOE'].join('\n');

let harness: FirefoxHarness;
beforeAll(async () => {
  harness = await launchFirefoxHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** What one finding shows (null when the rule did not fire): its quote, its source link, its copy buttons. */
interface Shown {
  quote: string | null;
  href: string | null;
  copyButtons: number;
}

async function finding(panel: Page, ruleId: string): Promise<Shown | null> {
  return panel.evaluate((id: string) => {
    const item = document.querySelector(`.page-check [data-rule="${id}"]`);
    if (!item) return null;
    return {
      quote: item.querySelector('.quote q')?.textContent ?? null,
      href: item.querySelector('a.source-link')?.getAttribute('href') ?? null,
      copyButtons: [...item.querySelectorAll('button')].filter((b) => (b.textContent ?? '').trim() === 'Copy suggestion').length,
    };
  }, ruleId);
}

/** Clicks the extension page's check button and waits for the first finding (polled: extension CSP). */
async function runCheck(page: Page, button: RegExp): Promise<void> {
  await clickFirefoxButton(page, button);
  await pollInPage(page, () => document.querySelector('.page-check [data-rule]') !== null, 20_000);
}

async function checkThePage(page: Page): Promise<Page> {
  const panel = await harness.openExtensionPage(`sidepanel.html?tab=${await harness.tabIdOf(page)}`, page);
  await runCheck(panel, /^Check the page$/);
  return panel;
}

/** Click into the editor, caret to the end, type the posting, wait until the editor's model has it. */
async function openAndType(name: string): Promise<Page> {
  const fixture = editorFixture(name);
  const page = await harness.openFixture(fixture.page);
  await page.bringToFront();
  await clickEditable(page, fixture);
  await pressCtrl(page, 'End');
  await page.keyboard.type(POSTING, { delay: 5 });
  await waitForFirefoxState(page, (s) => s.text.includes('Pay: DOE'));
  return page;
}

describe('Firefox: Check the page reads the posting from the editor', () => {
  for (const name of ['react-textarea', 'quill', 'tiptap', 'ckeditor5']) {
    it(name, async () => {
      const page = await openAndType(name);
      const before = await firefoxState(page);
      const panel = await checkThePage(page);

      const cht = await finding(panel, 'credentials/cht-not-open-to-ota');
      expect(cht?.quote).toBe('CHT certification required');
      expect(cht?.href).toMatch(/^https:\/\//);
      expect(cht?.copyButtons).toBe(1);
      expect((await finding(panel, 'pay/range-missing@CO'))?.quote).toBe('DOE');
      expect(await finding(panel, 'pay/benefits-missing@CO')).not.toBeNull();
      // Read only: the editor's own model is what it was.
      expect(await firefoxState(page)).toEqual(before);
      expect(harness.errorsOf(page), 'fixture page errors').toEqual([]);
      expect(harness.errorsOf(panel), 'side panel errors').toEqual([]);
      await panel.close();
      await page.close();
    });
  }

  it('a multi-field form: title, requirements and benefits fields count with the description', async () => {
    const page = await harness.openFixture('form-fields');
    await page.bringToFront();
    const typeInto = async (selector: string, text: string) => {
      await (await page.waitForSelector(selector))!.click();
      await page.keyboard.type(text, { delay: 2 });
    };
    await typeInto('#job-title', 'Occupational Therapy Assistant');
    await typeInto('#job-requirements', 'OTR/L license required');
    await typeInto('#job-benefits', 'Medical, dental and vision insurance; 401(k)');
    await typeInto('#job-description', 'We are hiring in Denver, CO. Pay: $29.50 – $36.00 per hour.');
    await waitForFirefoxState(page, (s) => (s.fields?.description ?? '').includes('per hour'));
    const panel = await checkThePage(page);

    expect((await finding(panel, 'credentials/otr-not-open-to-ota'))?.quote).toBe('OTR/L license required');
    expect(await finding(panel, 'pay/range-missing@CO')).toBeNull();
    expect(await finding(panel, 'pay/benefits-missing@CO')).toBeNull();
    expect(await finding(panel, 'structure/requirements-missing')).toBeNull();
    expect(await panel.evaluate(() => document.querySelector('.page-check')?.textContent ?? '')).toContain(
      'Also read: Job title, Requirements, Benefits',
    );
    expect(harness.errorsOf(page), 'fixture page errors').toEqual([]);
    expect(harness.errorsOf(panel), 'side panel errors').toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('Firefox: Check posting in the popup', () => {
  it('reads the same field and shows the same findings, with quotes', async () => {
    const page = await openAndType('react-textarea');
    const before = await firefoxState(page);
    const popup = await harness.openPopupFor(page);
    await runCheck(popup, /^Check posting$/);
    expect((await finding(popup, 'credentials/cht-not-open-to-ota'))?.quote).toBe('CHT certification required');
    expect((await finding(popup, 'pay/range-missing@CO'))?.quote).toBe('DOE');
    expect(await firefoxState(page)).toEqual(before);
    expect(harness.errorsOf(page), 'fixture page errors').toEqual([]);
    expect(harness.errorsOf(popup), 'popup errors').toEqual([]);
    await popup.close();
    await page.close();
  });
});
