/**
 * Normalises a user-supplied string before it enters a posting: control characters and lone surrogates
 * would otherwise survive into fields (or be rewritten by an HTML parser, so what was inserted is not
 * what was rendered). Line breaks are kept; renderers decide how to show them.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanUserText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(/[ \u00A0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cleaned === '' ? undefined : cleaned;
}

/** For one-line uses (a bullet, a company name inside a sentence): line breaks become spaces. */
export function cleanUserLine(value: string | undefined): string | undefined {
  const cleaned = cleanUserText(value);
  return cleaned === undefined ? undefined : cleaned.replace(/\s*\n\s*/g, ' ');
}
