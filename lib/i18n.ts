import { browser } from 'wxt/browser';
import enMessages from '../public/_locales/en/messages.json';

/**
 * UI strings come from `public/_locales/<lang>/messages.json` through the browser's i18n API, so a
 * translation is a new messages.json and no code change. Keys are typed from the English file: a key
 * missing there is a compile error.
 */
export type MessageKey = keyof typeof enMessages;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The same substitution rules as `i18n.getMessage` ($NAME$ placeholders → their content, `$1`…`$9` →
 * substitutions, `$$` → `$`), for where the browser API is absent: unit tests.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return placeholder ? placeholder[1].content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/**
 * Unit tests have no working i18n API (WXT's fake browser throws): they read the English file, so they see the
 * real strings. `MODE` is replaced at build time, so builds drop this branch and the JSON with it.
 */
const fallbackMessages: Record<string, MessageEntry> | undefined =
  import.meta.env.MODE === 'test' ? (enMessages as Record<string, MessageEntry>) : undefined;

export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const list = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
  const getMessage = (browser as { i18n?: { getMessage?: (key: string, subs?: string[]) => string } }).i18n?.getMessage;
  if (typeof getMessage === 'function') {
    try {
      const message = getMessage(key, [...list]);
      if (message) return message;
    } catch {
      // WXT's fake browser throws "not implemented": the file below stands in.
    }
  }
  const entry = fallbackMessages?.[key];
  // A missing message shows its key rather than an empty label: visible in review, never a blank button.
  return entry ? formatMessage(entry, list) : key;
}

/** Message bases that come as `<base>_one` and `<base>_other` entries in messages.json. */
type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never;
}[MessageKey];

function uiLanguage(): string {
  try {
    return (browser as { i18n?: { getUILanguage?: () => string } }).i18n?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * A counted message: the browser's i18n has no plural forms, so each counted message is two entries,
 * `<base>_one` and `<base>_other`, picked by the UI language's plural rule; `$1` is the count. A language
 * whose rule has more forms (few, many) falls back to `_other` until its messages.json adds them.
 */
export function tCount(base: PluralBase, count: number): string {
  let category: string;
  try {
    category = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  const key = (category === 'one' ? `${base}_one` : `${base}_other`) as MessageKey;
  return t(key, String(count));
}
