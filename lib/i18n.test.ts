import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../public/_locales/en/messages.json';
import { formatMessage, t, type MessageKey } from './i18n';

const ROOT = join(import.meta.dirname, '..');

describe('t()', () => {
  it('reads the real English strings when the browser API is absent (unit tests)', () => {
    expect(t('specialtyLabel')).toBe('Specialty');
    expect(t('insertSectionButton', 'Requirements')).toBe('Insert Requirements here');
    expect(t('payPerUnit', ['hour'])).toBe('per hour');
  });

  it('returns the key itself for a key that messages.json lacks (never a blank label)', () => {
    expect(t('noSuchMessage' as MessageKey)).toBe('noSuchMessage');
  });
});

describe('formatMessage (the browser rules for $PLACEHOLDER$, $1 and $$)', () => {
  it('substitutes named placeholders case-insensitively, positional ones, and keeps $$ as $', () => {
    const entry = { message: 'Pay $Amount$ $$ per $UNIT$ ($2)', placeholders: { amount: { content: '$1' }, unit: { content: 'hour' } } };
    expect(formatMessage(entry, ['30', 'max'])).toBe('Pay 30 $ per hour (max)');
  });

  it('leaves unknown placeholders visible and missing substitutions empty', () => {
    expect(formatMessage({ message: '$NOPE$ [$1]' })).toBe('$NOPE$ [$1]'.replace('[$1]', '[]'));
  });
});

describe('messages.json', () => {
  const entries = Object.entries(messages) as Array<[string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }]>;

  it('has a message and a translator description for every key, and valid key names', () => {
    for (const [key, entry] of entries) {
      expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  it('declares every $PLACEHOLDER$ a message uses', () => {
    for (const [key, entry] of entries) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
        expect(declared, `${key} uses $${name}$`).toContain(name!.toLowerCase());
      }
    }
  });

  it('has every __MSG_key__ the manifest config and the extension pages name', () => {
    const sources = [
      readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'),
      ...['popup', 'sidepanel', 'options'].flatMap((page) =>
        readdirSync(join(ROOT, 'entrypoints', page))
          .filter((file) => file.endsWith('.html'))
          .map((file) => readFileSync(join(ROOT, 'entrypoints', page, file), 'utf8')),
      ),
    ];
    const used = sources.flatMap((text) => [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(Object.keys(messages), key).toContain(key);
  });
});
