import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html';
import { textToUnits } from './units';

describe('htmlToText: what editors produce', () => {
  it('Quill: list items carry a UI span and a data-list flag', () => {
    const html = '<h3>Requirements</h3><ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>OTA license</li></ol><p><br></p>';
    expect(htmlToText(html)).toBe('# Requirements\n\n- OTA license');
  });

  it('ProseMirror / CKEditor: list items wrap a paragraph', () => {
    expect(htmlToText('<ul><li><p>Treat patients</p></li><li><p>Document visits</p></li></ul>')).toBe('- Treat patients\n\n- Document visits');
  });

  it('entities, non-breaking spaces and attributes holding ">"', () => {
    expect(htmlToText('<p title="a > b">Pay: $30&nbsp;&ndash;&nbsp;$37 &amp; more&#39;s &#x2014;</p><p>&nbsp;</p>')).toBe("Pay: $30 – $37 & more's —");
    expect(decodeEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
  });

  it('scripts, styles and comments are dropped', () => {
    expect(htmlToText('<style>p{}</style><script>alert(1)</script><!-- x --><p>Text</p>')).toBe('Text');
  });
});

describe('textToUnits: headings, bullets and sections', () => {
  it('recognises Markdown, bold, colon, capitals and bare section headings', () => {
    const units = textToUnits('# Title\n**Responsibilities**\n- Treat\nREQUIREMENTS\n* License\nBenefits:\nHealth insurance\nQualifications\n1. Degree');
    expect(units.map((u) => [u.kind, u.sectionId ?? '-', u.text])).toEqual([
      ['heading', '-', 'Title'],
      ['heading', 'responsibilities', 'Responsibilities'],
      ['bullet', 'responsibilities', 'Treat'],
      ['heading', 'requirements', 'REQUIREMENTS'],
      ['bullet', 'requirements', 'License'],
      ['heading', 'benefits', 'Benefits'],
      ['paragraph', 'benefits', 'Health insurance'],
      ['heading', 'requirements', 'Qualifications'],
      ['bullet', 'requirements', 'Degree'],
    ]);
  });

  it('joins hard-wrapped prose but not separate lines; an inline label names its line', () => {
    const units = textToUnits('We are hiring an OTA to join\nour clinic.\nLocation: Denver, CO\nBenefits: PTO');
    expect(units.map((u) => u.text)).toEqual(['We are hiring an OTA to join our clinic.', 'Location: Denver, CO', 'Benefits: PTO']);
    expect(units[2]?.sectionId).toBe('benefits');
  });

  it('a bullet that names a section word is not a heading', () => {
    expect(textToUnits('- 2+ years of experience')[0]?.kind).toBe('bullet');
  });
});
