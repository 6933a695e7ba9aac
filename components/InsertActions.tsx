import { useId, useState } from 'preact/hooks';
import type { SectionId } from '../template/types';

export type ActionResult = { ok: boolean; message: string };

interface InsertActionsProps {
  sections: readonly { id: SectionId; heading: string }[];
  onInsert(section: SectionId | undefined): Promise<ActionResult>;
  onFill(): Promise<ActionResult>;
  onCopy(section: SectionId | undefined): Promise<ActionResult>;
  /** Insert/Fill need the insertion engine; until it is there, only Copy is offered. */
  canInsert: boolean;
  /** When set, every action is disabled and this says why. */
  blockedReason?: string | null;
}

/** Insert / Fill form / Copy on the active tab, for the whole posting or one section. */
export function InsertActions({ sections, onInsert, onFill, onCopy, canInsert, blockedReason }: InsertActionsProps) {
  const id = useId();
  const [section, setSection] = useState<SectionId | ''>('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const chosen = sections.find((s) => s.id === section);
  const run = async (action: () => Promise<ActionResult>) => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await action());
    } catch (error) {
      setResult({ ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const part = chosen ? chosen.id : undefined;
  return (
    <section class="card actions" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="visually-hidden">
        Put the posting on the page
      </h2>
      <div class="action-row">
        <div class="field">
          <label for={`${id}-part`}>Part to insert</label>
          <select
            id={`${id}-part`}
            value={section}
            onChange={(e) => setSection((e.currentTarget as HTMLSelectElement).value as SectionId | '')}
          >
            <option value="">Whole posting</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.heading}
              </option>
            ))}
          </select>
        </div>
        <div class="button-row">
          {canInsert && (
            <button type="button" class="primary" disabled={busy || !!blockedReason} onClick={() => run(() => onInsert(part))}>
              {chosen ? `Insert ${chosen.heading} here` : 'Insert'}
            </button>
          )}
          {canInsert && (
            <button type="button" disabled={busy || !!blockedReason} onClick={() => run(onFill)}>
              Fill form
            </button>
          )}
          <button type="button" class={canInsert ? '' : 'primary'} disabled={busy || !!blockedReason} onClick={() => run(() => onCopy(part))}>
            {chosen ? `Copy ${chosen.heading}` : 'Copy'}
          </button>
        </div>
      </div>
      <p class={`status ${result && !result.ok ? 'error' : ''}`} role="status">
        {busy ? 'Working…' : (blockedReason ?? result?.message ?? '')}
      </p>
    </section>
  );
}
