import { describe, expect, it } from 'vitest';
import { RENDER_HTML_TAGS, escapeHtml, escapeMarkdown, render, sectionHeading, tailor, type Posting } from './index';

const sample = tailor({
  specialty: 'pediatrics',
  setting: 'school-district',
  state: 'TX',
  company: `O'Brien & Sons <Rehab> "Kids"`,
  benefits: ['Health insurance', 'Paid time off'],
  payMin: 28,
  payMax: 36,
  payUnit: 'hour',
  schedule: 'Mon–Fri\nSchool calendar',
});

describe('HTML renderer', () => {
  const html = render(sample, 'html');

  it('uses only the allowlisted tags and no attributes', () => {
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)];
    expect(tags.length).toBeGreaterThan(10);
    for (const [, name, rest] of tags) {
      expect(RENDER_HTML_TAGS).toContain(name);
      expect(rest).toBe('');
    }
  });

  it('puts the title in h2, headings in h3, bullets in li, labels in strong', () => {
    expect(html.startsWith('<h2>Pediatric Occupational Therapy Assistant</h2>')).toBe(true);
    expect(html).toContain(`<h3>${sectionHeading('requirements')}</h3>`);
    expect(html).toContain('<li>Health insurance</li>');
    expect(html).toContain('<p><strong>Pay:</strong> $28.00–$36.00 per hour</p>');
    expect(html).toContain('<p><strong>Schedule:</strong> Mon–Fri<br>School calendar</p>');
  });

  it('escapes & < > " \' in user strings', () => {
    expect(html).toContain('O&#39;Brien &amp; Sons &lt;Rehab&gt; &quot;Kids&quot;');
    expect(html).not.toContain('<Rehab>');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('plain-text renderer', () => {
  const text = render(sample, 'text');

  it('starts with the title, uses • bullets and a blank line between sections', () => {
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('Pediatric Occupational Therapy Assistant');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(['Pediatric Occupational Therapy Assistant', ...sample.sections.map((s) => s.heading)]);
    expect(text).toContain('\n• Health insurance\n');
    expect(text).toContain('Pay: $28.00–$36.00 per hour');
    expect(text).toContain(`O'Brien & Sons <Rehab> "Kids"`);
  });
});

describe('Markdown renderer', () => {
  const markdown = render(sample, 'markdown');

  it('uses ## title, ### headings, - bullets and bold labels', () => {
    expect(markdown.startsWith('## Pediatric Occupational Therapy Assistant\n\n### Job brief\n\n')).toBe(true);
    expect(markdown).toContain('\n- Health insurance\n');
    expect(markdown).toContain('**Pay:** $28.00–$36.00 per hour');
  });

  it('escapes markdown-active characters in user strings', () => {
    expect(markdown).toContain(`O'Brien & Sons \\<Rehab\\> "Kids"`);
    expect(escapeMarkdown('*bold* _it_ [link](x) `code` # not heading')).toBe('\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` # not heading');
    expect(escapeMarkdown('# heading\n- item\n1. one\n> quote')).toBe('\\# heading\n\\- item\n1\\. one\n\\> quote');
    expect(escapeMarkdown('&amp; stays literal')).toBe('\\&amp; stays literal');
    const posting = tailor({ company: '**Acme** [Health](http://x)' });
    expect(render(posting, 'markdown')).toContain('\\*\\*Acme\\*\\* \\[Health\\](http://x)');
  });
});

describe('single-section rendering', () => {
  it('renders one section without title or heading by default', () => {
    for (const format of ['html', 'text', 'markdown'] as const) {
      const output = render(sample, format, { section: 'benefits' });
      expect(output).toContain('Health insurance');
      expect(output).not.toContain('Pediatric Occupational Therapy Assistant');
      expect(output).not.toContain('Benefits');
      expect(output).not.toContain('Responsibilities');
    }
    expect(render(sample, 'text', { section: 'benefits' })).toBe('• Health insurance\n• Paid time off');
  });

  it('can include title and heading on request', () => {
    expect(render(sample, 'html', { section: 'benefits', includeTitle: true, includeHeadings: true })).toBe(
      '<h2>Pediatric Occupational Therapy Assistant</h2>\n<h3>Benefits</h3>\n<ul><li>Health insurance</li><li>Paid time off</li></ul>',
    );
  });

  it('renders an absent section as empty and a whole posting without title on request', () => {
    expect(render(tailor(), 'text', { section: 'benefits' })).toBe('');
    expect(render(sample, 'text', { includeTitle: false }).startsWith('Job brief\n')).toBe(true);
  });

  it('rejects an unknown format', () => {
    expect(() => render(sample, 'pdf' as never)).toThrow(/"pdf"/);
  });
});

describe('renderers are pure over the Posting', () => {
  it('do not mutate the posting', () => {
    const copy: Posting = structuredClone(sample);
    for (const format of ['html', 'text', 'markdown'] as const) render(sample, format);
    expect(sample).toEqual(copy);
  });
});
