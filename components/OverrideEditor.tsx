import { useState } from 'react';
import type { InterfaceLocale } from '../lib/claims/report-schema';
import { ClaimStatusSchema, type ClaimId, type ClaimStatus } from '../lib/claims/types';
import { t } from '../lib/i18n/translate';

/**
 * Lets a user who knows better set a claim's status with a note (e.g. «the rules are in a pinned
 * post»). Only the form's draft is local; saving goes through `onSave`.
 */
export function OverrideEditor({
  claimId, locale, current, onSave, onClear, busy = false,
}: {
  claimId: ClaimId;
  locale: InterfaceLocale;
  current: { status: ClaimStatus; note: string } | null;
  onSave: (status: ClaimStatus, note: string) => void;
  onClear: () => void;
  busy?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<ClaimStatus>(current?.status ?? 'pass');
  const [note, setNote] = useState(current?.note ?? '');
  if (!open) {
    return (
      <div className="override no-print">
        <button type="button" className="button button--small" data-testid={`override-open-${claimId}`} onClick={() => setOpen(true)}>
          {t(locale, current ? 'override.edit' : 'override.set')}
        </button>
        {current && (
          <button type="button" className="button button--small" data-testid={`override-clear-${claimId}`} onClick={onClear} disabled={busy}>
            {t(locale, 'override.clear')}
          </button>
        )}
      </div>
    );
  }
  return (
    <form
      className="override override--open no-print"
      data-testid={`override-form-${claimId}`}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(status, note);
        setOpen(false);
      }}
    >
      <label className="field">
        <span className="field__label">{t(locale, 'override.status')}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as ClaimStatus)} data-testid="override-status">
          {ClaimStatusSchema.options.map((s) => (
            <option key={s} value={s}>{t(locale, `status.${s}`)}</option>
          ))}
        </select>
      </label>
      <label className="field field--grow">
        <span className="field__label">{t(locale, 'override.note')}</span>
        <textarea
          value={note}
          maxLength={2000}
          rows={2}
          required
          placeholder={t(locale, 'override.note.placeholder')}
          onChange={(e) => setNote(e.target.value)}
          data-testid="override-note"
        />
      </label>
      <div className="override__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy} data-testid="override-save">{t(locale, 'override.save')}</button>
        <button type="button" className="button button--small" onClick={() => setOpen(false)}>{t(locale, 'override.cancel')}</button>
      </div>
    </form>
  );
}
