/**
 * Names of our internal working documents. None may reach a recruiter: the extension must cite public
 * sources only. Used by the built-bundle scan (check-internal-names.ts) and by unit tests of the data;
 * this file is imported only by tests and that script, never by the extension.
 */
export const INTERNAL_NAME_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'fact sheet', pattern: /fact[\s-]?sheet/i },
  { name: 'domain facts file', pattern: /ota-domain-facts|domain-facts\.md/i },
  { name: 'seed template', pattern: /seed[\s-]template|seed\/occupational|seed file/i },
  { name: 'shared reference folder', pattern: /shared\/(?:seed|reference)|\.\.\/shared/i },
  { name: 'reference notes', pattern: /reference\/(?:job-form-dom|editor-insertion|stack-notes)/i },
  // Our section numbers: one digit and a letter ("§5b", "§2a/§1b"), or one digit before a colon ("§1: …"); not a
  // statute's "§5-40.1-10", "§1630.2(n)" or a session law's "[L 2023, c 203, §2]".
  { name: 'section number of our notes', pattern: /§\s?[0-9](?:[a-d](?![\w.\-–(])|(?=:))/ },
  // "Template wording" is fine; our word for the published template, "seed", is not user-facing.
  { name: 'the word "seed" in UI text', pattern: /\bseed\b/i },
];

/** Where the "seed" id legitimately appears in code (option values and line ids), not in UI text. */
export const CODE_ONLY_PATTERNS = new Set(['the word "seed" in UI text']);

export interface InternalNameHit {
  name: string;
  match: string;
  context: string;
}

/** Hits in one text. `code` skips the patterns that only apply to UI text (JS carries "seed" as an id). */
export function findInternalNames(text: string, kind: 'code' | 'ui-text'): InternalNameHit[] {
  const hits: InternalNameHit[] = [];
  for (const { name, pattern } of INTERNAL_NAME_PATTERNS) {
    if (kind === 'code' && CODE_ONLY_PATTERNS.has(name)) continue;
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const at = match.index ?? 0;
      hits.push({ name, match: match[0], context: text.slice(Math.max(0, at - 60), at + match[0].length + 60).replace(/\s+/g, ' ') });
    }
  }
  return hits;
}
