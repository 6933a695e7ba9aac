import { useId, useState } from 'preact/hooks';
import type { ActionResult, ConflictChoice, ImportExportPort, ParsedImport } from '../../app/ports';
import { t, type MessageKey } from '../../lib/i18n';
import { errorMessage } from '../../lib/errors';

interface ImportExportPanelProps {
  port: ImportExportPort;
  /** Injected so tests can observe the download without a real browser. */
  download?: (json: string, fileName: string) => void;
}

/** Save a JSON file through a Blob URL; the URL is revoked once the click has been handled. */
export function downloadJson(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const CHOICE_TEXT: Record<ConflictChoice, MessageKey> = {
  keep: 'conflictKeepMine',
  replace: 'conflictReplace',
  'keep-both': 'conflictKeepBoth',
};

/**
 * Export all presets to a file; import a file in two steps: validate (errors shown, nothing changed),
 * then, if some ids already exist, ask keep / replace / keep both for each before writing anything.
 */
export function ImportExportPanel({ port, download = downloadJson }: ImportExportPanelProps) {
  const id = useId();
  const [pending, setPending] = useState<Extract<ParsedImport, { ok: true }> | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = async (parsed: Extract<ParsedImport, { ok: true }>, resolution: Record<string, ConflictChoice>) => {
    setBusy(true);
    try {
      const outcome = await parsed.apply(resolution);
      if (outcome.ok) {
        setPending(null);
        setResult(outcome);
      } else setError(outcome.message);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again should re-run the import
    setError(null);
    setResult(null);
    setPending(null);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (caught) {
      setError(t('fileUnreadable', errorMessage(caught)));
      return;
    }
    const parsed = port.parse(text);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    if (parsed.conflicts.length === 0) {
      await apply(parsed, {});
      return;
    }
    setChoices(Object.fromEntries(parsed.conflicts.map((c) => [c.id, 'keep' as ConflictChoice])));
    setPending(parsed);
  };

  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('importExportHeading')}</h2>
      <div class="button-row">
        <button
          type="button"
          onClick={() => {
            const { json, count } = port.exportJson();
            download(json, `ota-presets-${new Date().toISOString().slice(0, 10)}.json`);
            setError(null);
            setResult({ ok: true, message: count === 1 ? t('exportedOne') : t('exportedMany', String(count)) });
          }}
        >
          {t('exportPresetsButton')}
        </button>
      </div>
      <div class="field">
        <label for={`${id}-file`}>{t('importFileLabel')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          aria-describedby={`${id}-import-hint`}
          onChange={(event) => void onFile(event.currentTarget as HTMLInputElement)}
        />
        <p class="hint" id={`${id}-import-hint`}>
          {t('importFileHint')}
        </p>
      </div>
      {pending && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void apply(pending, choices);
          }}
        >
          <p>
            {pending.count === 1 ? t('importCountOne') : t('importCountMany', String(pending.count))}{' '}
            {pending.conflicts.length === 1 ? t('importConflictsOne') : t('importConflictsMany', String(pending.conflicts.length))}
          </p>
          {pending.conflicts.map((conflict) => (
            <fieldset key={conflict.id}>
              <legend>
                {t('importConflictLegend', [conflict.incomingName, conflict.existingName])}
              </legend>
              {(Object.keys(CHOICE_TEXT) as ConflictChoice[]).map((choice) => (
                <div class="check" key={choice}>
                  <input
                    id={`${id}-${conflict.id}-${choice}`}
                    type="radio"
                    name={`${id}-${conflict.id}`}
                    checked={choices[conflict.id] === choice}
                    onChange={() => setChoices({ ...choices, [conflict.id]: choice })}
                  />
                  <label for={`${id}-${conflict.id}-${choice}`}>{t(CHOICE_TEXT[choice])}</label>
                </div>
              ))}
            </fieldset>
          ))}
          <div class="button-row">
            <button type="submit" class="primary" disabled={busy}>
              {t('importButton')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('cancelImportButton')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="status" role="status">
        {result?.message ?? ''}
      </p>
    </section>
  );
}
