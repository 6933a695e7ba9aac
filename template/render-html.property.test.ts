// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify does not support happy-dom (there, DOMPurify 3.4.x unwraps the first
// element of any input, e.g. "<h2>T</h2><p>x</p>" → "T<p>x</p>"; cure53/DOMPurify#1457, #1496), so a
// comparison under happy-dom would fail on every posting for reasons unrelated to the renderer.
import DOMPurify from 'dompurify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_TYPES, RENDER_HTML_TAGS, SECTION_IDS, SETTING_IDS, SPECIALTY_IDS, STATE_CODES, render, tailor, type TailorOptions } from './index';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  '<a href="javascript:alert(1)">x</a>',
  '<!-- comment -->',
  '</li></ul><h1>big</h1>',
  '&lt;b&gt; already escaped &amp;',
  '<style>*{display:none}</style>',
  '<iframe srcdoc="<script>x</script>">',
  ']]><![CDATA[',
  '<p>para</p>\n<br>',
];

/** Strings that are likely to break naive escaping, mixed with arbitrary unicode. */
const hostileString = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ' ', 'a', '\n', ';', '#'), maxLength: 30 }),
  fc.tuple(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
);

const optionsArbitrary: fc.Arbitrary<TailorOptions> = fc.record(
  {
    specialty: fc.constantFrom(...SPECIALTY_IDS),
    setting: fc.constantFrom(...SETTING_IDS),
    state: fc.constantFrom(...STATE_CODES),
    company: hostileString,
    location: hostileString,
    employmentType: fc.constantFrom(...EMPLOYMENT_TYPES),
    schedule: hostileString,
    supervision: hostileString,
    howToApply: hostileString,
    aboutUs: hostileString,
    benefits: fc.array(hostileString, { maxLength: 4 }),
    extraResponsibilities: fc.array(hostileString, { maxLength: 3 }),
    extraRequirements: fc.array(hostileString, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

function parse(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template;
}

/** Tag names, attributes and text of a parsed tree: what an editor would actually receive. */
function structure(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return { text: node.textContent };
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return { fragment: [...node.childNodes].map(structure) };
  if (node.nodeType === Node.ELEMENT_NODE) {
    const element = node as Element;
    return {
      tag: element.tagName.toLowerCase(),
      attributes: [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
      children: [...element.childNodes].map(structure),
    };
  }
  return { other: node.nodeType, value: node.textContent };
}

function elementsOf(html: string): Element[] {
  return [...parse(html).content.querySelectorAll('*')];
}

function assertSafe(html: string): void {
  for (const element of elementsOf(html)) {
    expect(RENDER_HTML_TAGS).toContain(element.tagName.toLowerCase());
    expect(element.attributes.length).toBe(0);
  }
  const sanitized = DOMPurify.sanitize(html);
  expect(structure(parse(sanitized).content)).toEqual(structure(parse(html).content));
  // Same serialisation once both are normalised by the same parser.
  expect(parse(sanitized).innerHTML).toBe(parse(html).innerHTML);
}

describe('HTML output under hostile employer input', () => {
  it('emits only allowlisted, attribute-free tags and survives DOMPurify unchanged', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(optionsArbitrary, fc.constantFrom(...SECTION_IDS), (options, sectionId) => {
        const posting = tailor(options);
        const html = render(posting, 'html');
        assertSafe(html);
        // One section alone (what a separate "Requirements" field gets), chosen per run to keep this fast.
        assertSafe(render(posting, 'html', { section: sectionId }));
        // User strings arrive as text, not markup: the company name is in the text content verbatim.
        const company = posting.sections.find((s) => s.id === 'eeo')?.paragraphs[0]?.text ?? '';
        if (company) expect(parse(html).content.textContent).toContain(company);
      }),
      { numRuns: 80 },
    );
  });

  it('the comparison fails when the HTML carries markup DOMPurify removes', () => {
    const unsafe = '<h2>Title</h2><p onclick="x()">a</p><img src=x onerror=alert(1)>';
    expect(() => assertSafe(unsafe)).toThrow();
    const sanitized = DOMPurify.sanitize(unsafe);
    expect(structure(parse(sanitized).content)).not.toEqual(structure(parse(unsafe).content));
    // And a disallowed but harmless tag is caught by the allowlist check.
    expect(() => assertSafe('<h1>x</h1>')).toThrow();
  });
});
