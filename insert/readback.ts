import { isTextField } from './editable';

/**
 * Reading a field back after an insertion step: did the posting arrive, all of it, once more than before?
 * Comparisons ignore whitespace, case, list markers and heading marks, because each editor renders
 * the same posting with its own spacing and bullets.
 */

const LINE_MARKER = /^\s*(?:[-*•·▪◦]|\d+[.)]|#{1,6})\s+/;

export function squash(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(LINE_MARKER, ''))
    .join('')
    .replace(/[\s\u200b\u200c\u200d\u2060\ufeff\u00a0]+/g, '')
    .toLowerCase();
}

export function fieldText(el: Element): string {
  if (isTextField(el)) return el.value;
  const html = el as HTMLElement;
  return typeof html.innerText === 'string' && html.innerText !== '' ? html.innerText : (el.textContent ?? '');
}

const PROBE_CHARS = 40;

/** A few distinctive pieces of the text (first, middle and last substantial lines), squashed. */
export function probesFor(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => squash(line))
    .filter((line) => line.length >= 12);
  const pick = lines.length <= 3 ? lines : [lines[0]!, lines[Math.floor(lines.length / 2)]!, lines[lines.length - 1]!];
  const probes = pick.map((line) => line.slice(0, PROBE_CHARS));
  if (probes.length === 0 && squash(text)) probes.push(squash(text).slice(0, PROBE_CHARS));
  return probes;
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export type Arrival = 'complete' | 'partial' | 'none';

/** Compare the field before and after a step against the probes of what we sent. */
export function arrival(before: string, after: string, probes: string[]): Arrival {
  const a = squash(before);
  const b = squash(after);
  if (a === b) return 'none';
  const allNew = probes.every((probe) => occurrences(b, probe) > occurrences(a, probe));
  return allNew ? 'complete' : 'partial';
}
