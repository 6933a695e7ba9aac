// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RecentInsertions } from './duplicate-guard';
import type { EngineDeps } from './engine';
import { FocusTracker } from './focus-tracker';
import { readPosting } from './read-posting';
import { stubLayout } from './test-layout';

// No layout in happy-dom: give every element a box so the visibility checks of resolveTarget see the fields.
let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = stubLayout();
});
afterAll(() => restoreLayout());

function deps(): EngineDeps {
  return { doc: document, isTopFrame: true, tracker: new FocusTracker(), recent: new RecentInsertions(), profile: null, sanitizeHtml: (h) => h };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readPosting', () => {
  it('reads the focused textarea as text', () => {
    document.body.innerHTML = '<label for="d">Notes</label><textarea id="d">Pay: $30/hr</textarea>';
    (document.getElementById('d') as HTMLTextAreaElement).focus();
    expect(readPosting(deps(), 'top')).toMatchObject({ status: 'ok', description: { text: 'Pay: $30/hr', format: 'text' } });
  });

  it('finds the description by its label and reads a rich editor as HTML, without changing it', () => {
    document.body.innerHTML = '<span id="l">Job description</span><div contenteditable="true" aria-labelledby="l"><h2>Requirements</h2><ul><li>CHT</li></ul></div>';
    const before = document.body.innerHTML;
    const reply = readPosting(deps(), 'top');
    expect(reply?.description).toMatchObject({ format: 'html', label: 'Job description' });
    expect(reply?.description?.text).toContain('<li>CHT</li>');
    expect(document.body.innerHTML).toBe(before);
  });

  it('a multi-field form adds title, requirements and benefits; focus in the title still reads the description', () => {
    document.body.innerHTML = `
      <label for="t">Job title</label><input id="t" value="COTA">
      <label for="d">Job description</label><textarea id="d">We are hiring in Denver, CO.</textarea>
      <label for="r">Requirements</label><textarea id="r">OTR/L required</textarea>
      <label for="b">Benefits</label><textarea id="b">Dental</textarea>`;
    (document.getElementById('t') as HTMLInputElement).focus();
    const reply = readPosting(deps(), 'top');
    expect(reply?.description?.text).toBe('We are hiring in Denver, CO.');
    expect(reply?.title?.text).toBe('COTA');
    expect(reply?.requirements?.text).toBe('OTR/L required');
    expect(reply?.benefits?.text).toBe('Dental');
  });

  it.each(['r', 'b'])('focus last in another part of the form (#%s) still reads the description, and that part as itself', (id) => {
    document.body.innerHTML = `
      <label for="d">Job description</label><textarea id="d">We are hiring in Denver, CO. $29.50 – $36.00 per hour.</textarea>
      <label for="r">Requirements</label><textarea id="r">OTR/L required</textarea>
      <label for="b">Benefits</label><textarea id="b">Dental</textarea>`;
    (document.getElementById(id) as HTMLTextAreaElement).focus();
    const reply = readPosting(deps(), 'top');
    expect(reply?.description).toMatchObject({ text: 'We are hiring in Denver, CO. $29.50 – $36.00 per hour.', label: 'Job description' });
    expect(reply?.requirements?.text).toBe('OTR/L required');
    expect(reply?.benefits?.text).toBe('Dental');
  });

  it('says so when there is no field', () => {
    document.body.innerHTML = '<p>Nothing to read</p>';
    expect(readPosting(deps(), 'top')).toEqual({ status: 'no-target' });
    expect(readPosting(deps(), 'focused-child-frame')).toBeNull();
  });
});
