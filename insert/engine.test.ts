// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stubLayout } from './test-layout';
import type { InsertRequest } from './types';
import { RecentInsertions } from './duplicate-guard';
import { descriptionFor, fillForm, insertPosting, probe, resolveTarget, type EngineDeps } from './engine';
import { FocusTracker } from './focus-tracker';

// No layout in happy-dom: give every element a box so visibility checks see the fields.
let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = stubLayout();
});
afterAll(() => restoreLayout());

const TEXT = 'Occupational Therapist Assistant\n\nResponsibilities\n• Review clients’ physical needs\n• Monitor the progress of plans';
const HTML = '<h2>Occupational Therapist Assistant</h2><h3>Responsibilities</h3><ul><li>Review clients’ physical needs</li><li>Monitor the progress of plans</li></ul>';

function deps(overrides: Partial<EngineDeps> = {}): EngineDeps {
  return {
    doc: document,
    isTopFrame: true,
    tracker: new FocusTracker(),
    recent: new RecentInsertions(),
    profile: null,
    sanitizeHtml: (html) => html,
    settleMs: 30,
    ...overrides,
  };
}

function request(extra: Partial<InsertRequest> = {}): InsertRequest {
  return { rendering: { html: HTML, text: TEXT }, mode: 'insert', ...extra };
}

const originalExecCommand = document.execCommand;
afterEach(() => {
  document.execCommand = originalExecCommand;
});

beforeEach(() => {
  document.body.innerHTML = '';
  (document.activeElement as HTMLElement | null)?.blur?.();
});

describe('resolveTarget', () => {
  it('prefers the focused field', () => {
    document.body.innerHTML = `<label for="d">Job description</label><textarea id="d"></textarea><textarea id="f" aria-label="Notes"></textarea>`;
    document.getElementById('f')!.focus();
    const target = resolveTarget(deps(), 'top');
    expect(target !== 'child-frame' && target?.field.id).toBe('f');
  });

  it('falls back to the field focused last, then to the labelled description', () => {
    document.body.innerHTML = `<label for="d">Job description</label><textarea id="d"></textarea><textarea id="f" aria-label="Notes"></textarea><button id="b">x</button>`;
    const tracker = new FocusTracker();
    tracker.install(window);
    document.getElementById('f')!.focus();
    document.getElementById('b')!.focus();
    let target = resolveTarget(deps({ tracker }), 'top');
    expect(target !== 'child-frame' && target?.field.id).toBe('f');
    target = resolveTarget(deps(), 'top');
    expect(target !== 'child-frame' && target?.via).toBe('label');
    expect(target !== 'child-frame' && target?.field.id).toBe('d');
  });

  it('never resolves to a hidden focused field: the visible field focused last wins, else the label match', () => {
    document.body.innerHTML = `<label for="v">Description</label><textarea id="v"></textarea>
      <label for="h">Job description</label><textarea id="h" style="position:absolute;left:-9999px;opacity:0"></textarea>`;
    const tracker = new FocusTracker();
    tracker.install(window);
    document.getElementById('v')!.focus();
    // The page moves focus into its hidden helper.
    document.getElementById('h')!.focus();
    let target = resolveTarget(deps({ tracker }), 'top');
    expect(target !== 'child-frame' && target?.field.id).toBe('v');
    expect(target !== 'child-frame' && target?.label).toBe('Description');
    // Nothing visible focused before: the visible labelled field, not the better-named hidden one.
    target = resolveTarget(deps(), 'top');
    expect(target !== 'child-frame' && [target?.field.id, target?.via]).toEqual(['v', 'label']);
  });

  it('asks (no target) rather than writing into a hidden field when nothing visible qualifies', () => {
    document.body.innerHTML = `<label for="h">Job description</label><textarea id="h" style="opacity:0"></textarea>`;
    document.getElementById('h')!.focus();
    expect(resolveTarget(deps(), 'top')).toBeNull();
  });

  it('stays silent in the top frame for a child-frame broadcast', () => {
    document.body.innerHTML = `<textarea id="f"></textarea>`;
    document.getElementById('f')!.focus();
    expect(resolveTarget(deps(), 'focused-child-frame')).toBeNull();
  });
});

describe('insertPosting', () => {
  it('says so and inserts nothing when no field is focused or labelled', async () => {
    document.body.innerHTML = `<textarea id="x" aria-label="Comment">keep</textarea>`;
    expect(await insertPosting(deps(), request())).toEqual({ status: 'no-target' });
    expect((document.getElementById('x') as HTMLTextAreaElement).value).toBe('keep');
  });

  it('inserts plain text at the caret of a textarea and keeps what was there', async () => {
    document.body.innerHTML = `<label for="d">Job description</label><textarea id="d">Intro. Outro.</textarea>`;
    const field = document.getElementById('d') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(7, 7);
    const reply = await insertPosting(deps(), request());
    expect(reply).toMatchObject({ status: 'inserted', label: 'Job description', editor: 'textfield' });
    expect(field.value.startsWith('Intro. ')).toBe(true);
    expect(field.value.endsWith('Outro.')).toBe(true);
    expect(field.value).toContain('• Review clients’ physical needs');
    expect(field.value).not.toContain('<h2>');
  });

  it('answers "already inserted" to a repeat and inserts again only when forced', async () => {
    document.body.innerHTML = `<textarea id="d" aria-label="Job description"></textarea>`;
    const field = document.getElementById('d') as HTMLTextAreaElement;
    field.focus();
    const d = deps();
    expect((await insertPosting(d, request()))?.status).toBe('inserted');
    expect((await insertPosting(d, request()))?.status).toBe('already-inserted');
    expect(field.value.split('Monitor the progress').length - 1).toBe(1);
    expect((await insertPosting(d, request({ force: true })))?.status).toBe('inserted');
    expect(field.value.split('Monitor the progress').length - 1).toBe(2);
  });

  it('spots the posting already at the caret even without a recent insertion', async () => {
    document.body.innerHTML = `<textarea id="d" aria-label="Job description"></textarea>`;
    const field = document.getElementById('d') as HTMLTextAreaElement;
    field.value = `Note\n${TEXT}`;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    expect((await insertPosting(deps(), request()))?.status).toBe('already-inserted');
  });

  it('warns before cutting: too-long first, shortened only when allowed', async () => {
    document.body.innerHTML = `<textarea id="d" aria-label="Job description" maxlength="60">Hi </textarea>`;
    const field = document.getElementById('d') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(3, 3);
    const reply = await insertPosting(deps(), request());
    expect(reply).toEqual({ status: 'too-long', label: 'Job description', limit: 60, length: 3 + TEXT.length });
    expect(field.value).toBe('Hi ');
    const shortened = await insertPosting(deps(), request({ allowTruncate: true }));
    expect(shortened).toMatchObject({ status: 'inserted', truncated: true });
    expect(field.value.length).toBeLessThanOrEqual(60);
    expect(field.value.startsWith('Hi Occupational Therapist Assistant')).toBe(true);
  });

  it('replace mode swaps the whole field content', async () => {
    document.body.innerHTML = `<textarea id="d" aria-label="Job description">old text</textarea>`;
    document.getElementById('d')!.focus();
    await insertPosting(deps(), request({ mode: 'replace' }));
    expect((document.getElementById('d') as HTMLTextAreaElement).value).toBe(TEXT);
  });

  it('reports refusal (for the clipboard fallback) when no step changes the field', async () => {
    document.body.innerHTML = `<div id="e" contenteditable="true" aria-label="Job description"></div>`;
    const field = document.getElementById('e')!;
    field.focus();
    // A page that swallows every input path.
    for (const type of ['paste', 'beforeinput']) field.addEventListener(type, (e) => e.preventDefault(), true);
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    const reply = await insertPosting(deps(), request());
    expect(reply).toEqual({ status: 'refused', label: 'Job description', editor: 'contenteditable' });
    expect(field.textContent).toBe('');
  });

  it('moves past a dead step at once: no read-back wait when the editor neither took nor applied it', async () => {
    document.body.innerHTML = `<div id="e" contenteditable="true" aria-label="Job description"></div>`;
    const field = document.getElementById('e')!;
    field.focus();
    const steps: string[] = [];
    // insertHTML and insertText do nothing here; the page world gets it in.
    (document as unknown as { execCommand: (c: string) => boolean }).execCommand = (c) => (steps.push(c), true);
    const mainWorld = async () => {
      steps.push('main-world');
      field.textContent = TEXT;
      return true;
    };
    // A budget no test would sit out: the dead steps must not wait for it.
    const reply = await insertPosting(deps({ settleMs: 600_000, mainWorld }), request());
    expect(reply).toMatchObject({ status: 'inserted', step: 'main-world' });
    expect(steps).toEqual(['insertHTML', 'insertText', 'main-world']);
  }, 5_000);

  it('waits, event-driven, for an editor that took the paste and applies it a moment later', async () => {
    document.body.innerHTML = `<div id="e" class="ProseMirror" contenteditable="true" aria-label="Job description"></div>`;
    const field = document.getElementById('e')!;
    field.focus();
    field.addEventListener('paste', (event) => {
      event.preventDefault();
      setTimeout(() => {
        field.innerHTML = HTML;
      }, 30);
    });
    const reply = await insertPosting(deps({ settleMs: 2_000 }), request());
    expect(reply).toMatchObject({ status: 'inserted', step: 'paste' });
  });

  it('does not stack a second step on a partial insertion', async () => {
    document.body.innerHTML = `<textarea id="d" aria-label="Job description"></textarea>`;
    const field = document.getElementById('d') as HTMLTextAreaElement;
    field.focus();
    let calls = 0;
    // execCommand that only gets the first line in (as a page filter might).
    (document as unknown as { execCommand: (c: string, u: boolean, v: string) => boolean }).execCommand = (_c, _u, value) => {
      calls++;
      field.value += value.split('\n')[0];
      return true;
    };
    const reply = await insertPosting(deps(), request());
    expect(reply?.status).toBe('partial');
    expect(calls).toBe(1);
    expect(field.value).toBe('Occupational Therapist Assistant');
  });
});

describe('probe and fillForm', () => {
  const FORM = `<label for="t">Job title</label><input id="t">
    <label for="d">Job description</label><textarea id="d"></textarea>
    <label for="r">Requirements</label><textarea id="r">Existing requirement.</textarea>`;

  it('reports the multi-field form', () => {
    document.body.innerHTML = FORM;
    const reply = probe(deps(), 'top');
    expect(reply?.target?.via).toBe('label');
    expect(reply?.form?.fields.map((f) => f.kind).sort()).toEqual(['description', 'requirements', 'title']);
  });

  it('fills each field with its own section and appends where text exists', async () => {
    document.body.innerHTML = FORM;
    const r = (text: string) => ({ html: `<p>${text}</p>`, text });
    const reply = await fillForm(deps(), {
      title: 'OTA',
      description: r('Brief only'),
      descriptionFull: r('Brief, role and responsibilities'),
      requirements: r('Degree in Occupational Therapy'),
      benefits: r(''),
      responsibilities: r('Duties'),
    });
    const value = (id: string) => (document.getElementById(id) as HTMLTextAreaElement).value;
    expect(value('t')).toBe('OTA');
    expect(value('d')).toBe('Brief, role and responsibilities');
    expect(value('r').startsWith('Existing requirement.')).toBe(true);
    expect(value('r')).toContain('Degree in Occupational Therapy');
    expect(reply.fields.map((f) => [f.kind, f.outcome])).toEqual([
      ['title', 'filled'],
      ['description', 'filled'],
      ['requirements', 'appended'],
    ]);
  });
});

describe('descriptionFor', () => {
  const r = (text: string) => ({ html: `<p>${text}</p>`, text });
  const payload = {
    title: 'OTA',
    description: r('fixed'),
    descriptionFull: r('fixed full'),
    requirements: r('Req'),
    benefits: r(''),
    responsibilities: r('Resp'),
    sections: [
      { id: 'brief', rendering: r('Brief') },
      { id: 'responsibilities', rendering: r('Resp') },
      { id: 'requirements', rendering: r('Req') },
      { id: 'eeo', rendering: r('EEO') },
    ],
  };

  it('puts every section without its own field into the description, in posting order', () => {
    expect(descriptionFor(payload, new Set(['title', 'description'])).text).toBe('Brief\n\nResp\n\nReq\n\nEEO');
    expect(descriptionFor(payload, new Set(['description', 'requirements'])).text).toBe('Brief\n\nResp\n\nEEO');
    expect(descriptionFor(payload, new Set(['description', 'requirements', 'responsibilities'])).html).toBe('<p>Brief</p><p>EEO</p>');
  });

  it('falls back to the fixed variants when the caller sends no sections', () => {
    const { sections: _, ...old } = payload;
    expect(descriptionFor(old, new Set(['description', 'responsibilities'])).text).toBe('fixed');
    expect(descriptionFor(old, new Set(['description'])).text).toBe('fixed full');
  });
});

describe('plaintext-only fields', () => {
  it('get the plain text through insertText, never the HTML', async () => {
    document.body.innerHTML = `<div id="e" contenteditable="plaintext-only" aria-label="Job description"></div>`;
    const field = document.getElementById('e')!;
    field.focus();
    const commands: Array<[string, string]> = [];
    (document as unknown as { execCommand: (c: string, u: boolean, v: string) => boolean }).execCommand = (command, _u, value) => {
      commands.push([command, value]);
      field.textContent += value;
      return true;
    };
    let sanitized = 0;
    const reply = await insertPosting(deps({ sanitizeHtml: (h) => (sanitized++, h) }), request());
    expect(reply).toMatchObject({ status: 'inserted', step: 'insert-text' });
    expect(commands).toEqual([['insertText', TEXT]]);
    expect(sanitized).toBe(0);
    expect(field.innerHTML).not.toContain('<h2>');
  });
});

describe('HTML rebuilt after a cut', () => {
  it('escapes with the renderer’s own escaping', async () => {
    document.body.innerHTML = `<div id="e" contenteditable="true" aria-label="Job description"></div>`;
    const field = document.getElementById('e')!;
    field.focus();
    const html: string[] = [];
    (document as unknown as { execCommand: (c: string, u: boolean, v: string) => boolean }).execCommand = (command, _u, value) => {
      if (command === 'insertHTML') html.push(value);
      field.textContent += value.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#38;/g, '&');
      return true;
    };
    const text = 'Pay & benefits <weekly> and a long tail of words that will not fit';
    const profile = { id: 'test', limits: { description: 30 } } as unknown as EngineDeps['profile'];
    await insertPosting(deps({ profile }), request({ rendering: { html: `<p>${text}</p>`, text }, allowTruncate: true }));
    expect(html[0]).toContain('Pay &amp; benefits &lt;weekly&gt;');
  });
});
