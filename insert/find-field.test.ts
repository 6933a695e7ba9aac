// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stubLayout } from './test-layout';
import { collectCandidates, findDescriptionField, findFormFields } from './find-field';
import { displayLabel } from './labels';

// No layout in happy-dom: give every element a box so visibility checks see the fields.
let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = stubLayout();
});
afterAll(() => restoreLayout());

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findDescriptionField', () => {
  it('finds a textarea by <label for>', () => {
    const doc = page(`
      <label for="t">Job title</label><input id="t">
      <label for="d">Job description</label><textarea id="d"></textarea>`);
    expect(findDescriptionField(doc)?.element.id).toBe('d');
  });

  it('finds a contenteditable by aria-labelledby', () => {
    const doc = page(`
      <span id="lbl">About the role</span>
      <div id="ed" contenteditable="true" aria-labelledby="lbl"></div>
      <textarea id="notes" aria-label="Internal notes"></textarea>`);
    const match = findDescriptionField(doc);
    expect(match?.element.id).toBe('ed');
    expect(match?.label).toBe('About the role');
  });

  it('finds a field by placeholder and by name', () => {
    expect(findDescriptionField(page(`<textarea id="a" placeholder="Describe the job description here"></textarea>`))?.element.id).toBe('a');
    expect(findDescriptionField(page(`<textarea id="b" name="job_description"></textarea>`))?.element.id).toBe('b');
    expect(findDescriptionField(page(`<textarea id="c" name="jobDescriptionHtml"></textarea>`))?.element.id).toBe('c');
  });

  it('finds a rich editor through a heading right before it', () => {
    const doc = page(`<div><h3>Job description</h3><div class="wrap"><div id="e" contenteditable="true"></div></div></div>`);
    expect(findDescriptionField(doc)?.element.id).toBe('e');
  });

  it('returns null when nothing is confidently a job description', () => {
    expect(findDescriptionField(page(`<textarea aria-label="Comment"></textarea><input aria-label="Search">`))).toBeNull();
    expect(findDescriptionField(page(`<textarea id="x"></textarea>`))).toBeNull();
  });

  it('ignores look-alikes such as "Company description"', () => {
    expect(findDescriptionField(page(`<label for="c">Company description</label><textarea id="c"></textarea>`))).toBeNull();
  });

  it('names the match without the instructions editors add to aria-label', () => {
    expect(findDescriptionField(page(`<div contenteditable="true" aria-label="Job description. Press Alt+0 for help."></div>`))?.label).toBe('Job description');
  });

  it('refuses to guess between two equally good fields', () => {
    const doc = page(`
      <label for="a">Description</label><textarea id="a"></textarea>
      <label for="b">Description</label><textarea id="b"></textarea>`);
    expect(findDescriptionField(doc)).toBeNull();
  });

  it('never picks a single-line input for the description', () => {
    expect(findDescriptionField(page(`<label for="i">Job description</label><input id="i">`))).toBeNull();
  });

  it('skips hidden, disabled and read-only fields', () => {
    const doc = page(`
      <label for="h">Job description</label><textarea id="h" hidden></textarea>
      <label for="r">Job description</label><textarea id="r" readonly></textarea>
      <label for="v">Job description</label><textarea id="v"></textarea>`);
    expect(findDescriptionField(doc)?.element.id).toBe('v');
  });

  it('looks inside open shadow roots', () => {
    const doc = page(`<div id="host"></div>`);
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="s">Job description</label><textarea id="s"></textarea>`;
    expect(collectCandidates(doc).map((e) => e.id)).toContain('s');
    expect(findDescriptionField(doc)?.element.id).toBe('s');
  });
});

describe('findFormFields', () => {
  it('maps each field of a job form to its kind', () => {
    const doc = page(`
      <label for="t">Job title</label><input id="t">
      <label for="d">Job description</label><textarea id="d"></textarea>
      <label for="r">Requirements</label><textarea id="r"></textarea>
      <span id="bl">Benefits</span><div id="b" contenteditable="true" aria-labelledby="bl"></div>`);
    const fields = findFormFields(doc);
    expect(Object.fromEntries([...fields].map(([kind, m]) => [kind, m.element.id]))).toEqual({
      title: 't',
      description: 'd',
      requirements: 'r',
      benefits: 'b',
    });
  });

  it('does not call a lone title input a form', () => {
    expect(findFormFields(page(`<label for="t">Job title</label><input id="t">`)).size).toBe(0);
  });

  it('uses each element once', () => {
    const doc = page(`<label for="x">Job description and requirements</label><textarea id="x"></textarea>
      <label for="t">Job title</label><input id="t">`);
    const ids = [...findFormFields(doc).values()].map((m) => m.element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('displayLabel', () => {
  it('keeps only the first sentence of an editor aria-label', () => {
    page(`<div id="e" contenteditable="true" aria-label="Job description. Press Alt+0 for help."></div>`);
    expect(displayLabel(document.getElementById('e')!)).toBe('Job description');
  });

  it('prefers the visible label over the name attribute', () => {
    page(`<label for="d">Job description</label><textarea id="d" name="jd_html"></textarea>`);
    expect(displayLabel(document.getElementById('d')!)).toBe('Job description');
  });
});
