import { useEffect, useId, useState } from 'preact/hooks';
import type { StateCode } from '../../template/types';
import { t } from '../../lib/i18n';

export interface JurisdictionName {
  code: StateCode;
  name: string;
}

interface LicenseStateInputProps {
  value: StateCode | undefined;
  jurisdictions: readonly JurisdictionName[];
  onChange(code: StateCode | undefined): void;
}

export function jurisdictionLabel(j: JurisdictionName): string {
  return `${j.name} (${j.code})`;
}

/** Accepts "CO", "co", "Colorado" or the datalist's "Colorado (CO)"; anything else is no match. */
export function matchJurisdiction(text: string, jurisdictions: readonly JurisdictionName[]): JurisdictionName | undefined {
  const query = text.trim().toLowerCase();
  if (!query) return undefined;
  return jurisdictions.find(
    (j) => j.code.toLowerCase() === query || j.name.toLowerCase() === query || jurisdictionLabel(j).toLowerCase() === query,
  );
}

/**
 * Searchable license-state picker: a text input with a datalist of all jurisdictions by name and code.
 * The typed text is kept locally so a half-typed name does not clear the chosen state until it is
 * replaced by another match or emptied.
 */
export function LicenseStateInput({ value, jurisdictions, onChange }: LicenseStateInputProps) {
  const id = useId();
  const listId = `${id}-list`;
  const current = jurisdictions.find((j) => j.code === value);
  const [text, setText] = useState(current ? jurisdictionLabel(current) : '');
  useEffect(() => {
    if (matchJurisdiction(text, jurisdictions)?.code !== value) setText(current ? jurisdictionLabel(current) : '');
    // Re-sync only when the chosen state changes from outside (preset load, a fix).
  }, [value]);
  const unmatched = text.trim() !== '' && !matchJurisdiction(text, jurisdictions);
  return (
    <div class="field">
      <label for={id}>{t('licenseStateLabel')}</label>
      <input
        id={id}
        type="text"
        list={listId}
        autoComplete="off"
        value={text}
        placeholder={t('licenseStatePlaceholder')}
        aria-invalid={unmatched ? 'true' : undefined}
        aria-describedby={`${id}-hint`}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLInputElement).value;
          setText(next);
          if (next.trim() === '') onChange(undefined);
          else {
            const match = matchJurisdiction(next, jurisdictions);
            if (match) onChange(match.code);
          }
        }}
        onBlur={() => {
          const match = matchJurisdiction(text, jurisdictions);
          if (match) setText(jurisdictionLabel(match));
        }}
      />
      <datalist id={listId}>
        {jurisdictions.map((j) => (
          <option key={j.code} value={jurisdictionLabel(j)} />
        ))}
      </datalist>
      <p class="hint" id={`${id}-hint`} role={unmatched ? 'status' : undefined}>
        {unmatched
          ? t('licenseStateNoMatch', [text.trim(), current ? current.name : t('genericLicenseLine')])
          : t('licenseStateEmptyHint')}
      </p>
    </div>
  );
}
