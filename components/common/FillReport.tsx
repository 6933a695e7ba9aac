import type { FillReply } from '../../messaging/protocol';
import { describeFillOutcome } from '../../app/insert-wording';
import { t } from '../../lib/i18n';

/** What happened to each form field after "Fill". */
export function FillReport({ reply }: { reply: FillReply }) {
  if (reply.fields.length === 0) return null;
  return (
    <ul class="fill-report" aria-label={t('fillReportLabel')}>
      {reply.fields.map((field) => (
        <li key={field.kind}>
          <strong>{field.label}</strong>: {describeFillOutcome(field.outcome)}
          {field.note ? ` (${field.note})` : ''}
        </li>
      ))}
    </ul>
  );
}
