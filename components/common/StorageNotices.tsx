import type { PresetNoticeView } from '../../app/ports';
import { t } from '../../lib/i18n';

/** Preset storage notices (sync full, unreadable values, failed writes), each dismissible when it is an event. */
export function StorageNotices({ notices }: { notices: readonly PresetNoticeView[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="status">
      {notices.map((notice) => (
        <div class="notice" key={notice.key}>
          <p>{notice.text}</p>
          {notice.dismiss && (
            <button type="button" class="link" onClick={notice.dismiss}>
              {t('dismissButton')}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
