/**
 * HTML from any editor (Quill, CKEditor, ProseMirror/Tiptap, TinyMCE, a board's own markup) → the
 * Markdown-like plain text the unit splitter reads: headings as "# ", list items as "- ", blocks on their
 * own lines. No DOM: checks/ is pure and runs in Node as well as the extension page.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', middot: '·', reg: '®', trade: '™', copy: '©',
  dollar: '$', ensp: ' ', emsp: ' ', thinsp: ' ', minus: '−', sol: '/', colon: ':', comma: ',', period: '.',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Nothing inside may cross another "<" (quoted values may hold ">"), so unclosed tags are still read in linear time.
const TAG = /<\/?([a-z][a-z0-9-]*)(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/gi;
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'ul', 'ol', 'table', 'tr',
  'figure', 'figcaption', 'main', 'aside', 'nav', 'dl', 'dt', 'dd', 'hr', 'address',
]);

export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|head|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    // Quill keeps a bullet/ordered flag on the <li>; either way it is a list item here.
    .replace(TAG, (tag, rawName: string) => {
      const name = rawName.toLowerCase();
      const closing = tag[1] === '/';
      if (name === 'br') return '\n';
      if (/^h[1-6]$/.test(name)) return closing ? '\n' : '\n# ';
      if (name === 'li') return closing ? '\n' : '\n- ';
      if (name === 'td' || name === 'th') return ' ';
      return BLOCK.has(name) ? '\n' : '';
    });
  const lines = decodeEntities(stripped)
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim());
  // ProseMirror and CKEditor wrap list items in <p>: "- " lands alone on a line, its text on the next.
  const merged: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if ((line === '-' || line === '#') && index + 1 < lines.length) {
      let next = index + 1;
      while (next < lines.length && lines[next] === '') next++;
      if (next < lines.length) {
        merged.push(`${line} ${lines[next]}`);
        index = next;
        continue;
      }
    }
    merged.push(line);
  }
  return merged.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
