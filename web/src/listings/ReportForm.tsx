import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../forms/zod-jitless.ts';
import { REPORT_COMMENT_MAX_LENGTH, REPORT_REASONS, ReportSchema, type ReportReason } from '#schema/reports.ts';
import { api, call } from '../api.ts';
import { messageOf } from '#schema/errors.ts';

type Sending = { state: 'editing'; error: string | null } | { state: 'sending' } | { state: 'sent' };

/** "Report a problem": a reason and an optional comment, validated by the same schema as the API. */
export function ReportForm({ listingId, onDone }: { listingId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState<Sending>({ state: 'editing', error: null });

  const submit = async () => {
    const parsed = ReportSchema.safeParse({ reason, comment });
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((issue) => issue.message === 'report.comment_too_long');
      setSending({ state: 'editing', error: t(tooLong ? 'report.commentTooLong' : 'report.chooseReason') });
      return;
    }
    setSending({ state: 'sending' });
    try {
      await call(api.api.v1.listings[':id'].reports.$post, { param: { id: listingId }, json: parsed.data });
      setSending({ state: 'sent' });
    } catch (error) {
      setSending({ state: 'editing', error: messageOf(error) });
    }
  };

  if (sending.state === 'sent') {
    return (
      <div className="report-form">
        <p role="status">{t('report.thanks')}</p>
        <button type="button" onClick={onDone}>
          {t('report.close')}
        </button>
      </div>
    );
  }

  return (
    <form
      className="report-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-title`}>{t('report.title')}</h3>
      <fieldset>
        <legend>{t('report.reason')}</legend>
        {REPORT_REASONS.map((value) => (
          <label key={value}>
            <input type="radio" name={`${id}-reason`} value={value} checked={reason === value} onChange={() => setReason(value)} />
            {t(`report.reasons.${value}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-comment`}>{t('report.comment')}</label>
      <textarea id={`${id}-comment`} value={comment} maxLength={REPORT_COMMENT_MAX_LENGTH} rows={3} onChange={(event) => setComment(event.target.value)} />
      {sending.state === 'editing' && sending.error ? <p role="alert">{sending.error}</p> : null}
      <button type="submit" disabled={sending.state === 'sending'}>
        {t('report.send')}
      </button>
    </form>
  );
}
