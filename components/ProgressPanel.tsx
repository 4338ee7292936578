import type { InterfaceLocale } from '../lib/claims/report-schema';
import { t } from '../lib/i18n/translate';
import { formatDay } from '../lib/i18n/format-date';

/** The collection under way: a bar (determinate once the oldest date or post count is known), posts found, oldest date, cancel. */
export function ProgressPanel({
  locale, postsFound, oldest, fraction, onCancel, cancelling = false,
}: {
  locale: InterfaceLocale;
  postsFound: number | null;
  oldest: string | null;
  /** 0…1, or null while it cannot be estimated */
  fraction: number | null;
  onCancel: () => void;
  cancelling?: boolean;
}) {
  return (
    <section className="progress" data-testid="progress" aria-live="polite">
      <p className="progress__title">{t(locale, cancelling ? 'popup.cancelling' : 'popup.collecting')}</p>
      {fraction === null ? (
        <progress aria-label={t(locale, 'popup.collecting')} />
      ) : (
        <progress aria-label={t(locale, 'popup.collecting')} max={100} value={Math.round(Math.min(1, Math.max(0, fraction)) * 100)} />
      )}
      <p className="muted" data-testid="progress-text">
        {postsFound === null ? t(locale, 'popup.progress.starting') : t(locale, 'popup.progress', { posts: postsFound })}
        {oldest && ` · ${t(locale, 'popup.progress.oldest', { date: formatDay(oldest, locale) })}`}
      </p>
      <button type="button" className="button" data-testid="cancel" onClick={onCancel} disabled={cancelling}>
        {t(locale, 'popup.cancel')}
      </button>
    </section>
  );
}
