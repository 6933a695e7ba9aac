import { useId, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface BulletListEditorProps {
  /** e.g. "Extra responsibilities"; also names the buttons for screen readers. */
  label: string;
  items: string[] | undefined;
  onChange(items: string[] | undefined): void;
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/**
 * The user's own bullets: add, edit in place, remove, and move up/down with buttons (keyboard
 * reachable, unlike drag and drop). Focus follows a moved item so repeated moves need no re-aiming.
 */
export function BulletListEditor({ label, items, onChange }: BulletListEditorProps) {
  const id = useId();
  const list = items ?? [];
  const [draft, setDraft] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const emit = (next: string[]) => onChange(next.length ? next : undefined);
  const focusButton = (index: number, which: 'up' | 'down') => {
    // After the re-render; the button may be disabled at the ends, so fall back to the other one.
    queueMicrotask(() => {
      const row = listRef.current?.children[index];
      const button =
        row?.querySelector<HTMLButtonElement>(`button[data-move="${which}"]:not([disabled])`) ??
        row?.querySelector<HTMLButtonElement>('button[data-move]:not([disabled])');
      button?.focus();
    });
  };
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    emit([...list, text]);
    setDraft('');
  };
  return (
    <fieldset class="bullets">
      <legend>{label}</legend>
      {list.length > 0 && (
        <ol ref={listRef}>
          {list.map((item, index) => (
            <li key={`${index}:${item}`}>
              <input
                type="text"
                aria-label={`${label} item ${index + 1}`}
                value={item}
                onChange={(event) => {
                  const text = (event.currentTarget as HTMLInputElement).value.trim();
                  emit(text ? list.map((v, i) => (i === index ? text : v)) : list.filter((_, i) => i !== index));
                }}
              />
              <button
                type="button"
                data-move="up"
                aria-label={t('moveUpLabel', item)}
                disabled={index === 0}
                onClick={() => {
                  emit(moveItem(list, index, index - 1));
                  focusButton(index - 1, 'up');
                }}
              >
                ↑
              </button>
              <button
                type="button"
                data-move="down"
                aria-label={t('moveDownLabel', item)}
                disabled={index === list.length - 1}
                onClick={() => {
                  emit(moveItem(list, index, index + 1));
                  focusButton(index + 1, 'down');
                }}
              >
                ↓
              </button>
              <button type="button" aria-label={t('removeLabel', item)} onClick={() => emit(list.filter((_, i) => i !== index))}>
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      <div class="add-row">
        <label for={`${id}-new`} class="visually-hidden">
          New item for {label.toLowerCase()}
        </label>
        <input
          id={`${id}-new`}
          type="text"
          value={draft}
          placeholder={t('addBulletPlaceholder')}
          onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!draft.trim()}>
          {t('addButton')}
        </button>
      </div>
    </fieldset>
  );
}
