import { isTextField } from './editable';

export interface FieldLimit {
  limit: number;
  /** Characters already counted by the page (from an "X/Y" counter), when we could read it. */
  used?: number;
  source: 'maxlength' | 'counter' | 'site';
}

function toNumber(text: string): number {
  return Number(text.replace(/[,.\s\u00a0\u202f]/g, ''));
}

const SLASH_COUNTER = /^\s*(\d[\d,.\s\u00a0\u202f]*)\s*\/\s*(\d[\d,.\u00a0\u202f]*\d|\d)\s*(characters?|chars)?\s*$/i;
const REMAINING_COUNTER = /^\s*(\d[\d,.]*)\s*(characters?|chars)\s*(remaining|left)\s*$/i;
const MAXIMUM_COUNTER = /^\s*(max(imum)?|limit)\s*:?\s*(\d[\d,.]*)\s*(characters?|chars)\s*$/i;

/** Reads "520/10,000", "1,234 characters remaining" or "Maximum 2000 characters". */
export function parseCounter(text: string): { limit: number; used?: number; remaining?: number } | null {
  const slash = SLASH_COUNTER.exec(text);
  if (slash?.[1] && slash[2]) {
    const used = toNumber(slash[1]);
    const limit = toNumber(slash[2]);
    if (limit > 0 && used <= limit) return { limit, used };
  }
  const remaining = REMAINING_COUNTER.exec(text);
  if (remaining?.[1]) return { limit: NaN, remaining: toNumber(remaining[1]) };
  const maximum = MAXIMUM_COUNTER.exec(text);
  if (maximum?.[3]) return { limit: toNumber(maximum[3]) };
  return null;
}

function counterIn(el: Element | null, currentLength: number): FieldLimit | null {
  if (!el) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 60) return null;
  const parsed = parseCounter(text);
  if (!parsed) return null;
  if (parsed.remaining !== undefined) {
    return { limit: currentLength + parsed.remaining, used: currentLength, source: 'counter' };
  }
  return { limit: parsed.limit, used: parsed.used, source: 'counter' };
}

/** Small leaf-ish elements near the field that could be its counter. */
function nearbyCounter(field: Element, currentLength: number): FieldLimit | null {
  let node: Element | null = field;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const siblings = [node.nextElementSibling, node.nextElementSibling?.nextElementSibling ?? null];
    for (const sibling of siblings) {
      if (!sibling) continue;
      const found = counterIn(sibling, currentLength);
      if (found) return found;
      for (const child of Array.from(sibling.querySelectorAll('*')).slice(0, 40)) {
        if (child.children.length > 0) continue;
        const inner = counterIn(child, currentLength);
        if (inner) return inner;
      }
    }
  }
  return null;
}

/**
 * The character limit a field enforces or shows: `maxlength`, a counter named by `aria-describedby`,
 * or an "X/Y" counter right after the field. `currentLength` is what the field holds now.
 */
export function detectLimit(field: Element, currentLength: number): FieldLimit | null {
  if (isTextField(field) && field.maxLength > 0) return { limit: field.maxLength, source: 'maxlength' };
  const root = field.getRootNode() as Document | ShadowRoot;
  const describedBy = field.getAttribute('aria-describedby');
  if (describedBy && 'getElementById' in root) {
    for (const id of describedBy.split(/\s+/)) {
      const found = counterIn((root as Document).getElementById(id), currentLength);
      if (found) return found;
    }
  }
  return nearbyCounter(field, currentLength);
}

/** Cut plain text to `max` characters at the last line break (or word) that fits, never mid-word. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, Math.max(0, max));
  const lineBreak = head.lastIndexOf('\n');
  if (lineBreak > max * 0.6) return head.slice(0, lineBreak).trimEnd();
  const space = head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space) : head).trimEnd();
}
