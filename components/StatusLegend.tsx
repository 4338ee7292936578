import type { InterfaceLocale } from '../lib/claims/report-schema';
import { ClaimStatusSchema } from '../lib/claims/types';
import { t } from '../lib/i18n/translate';
import { StatusBadge } from './StatusBadge';

/** What the compact badges of a table mean (they show only the icon). */
export function StatusLegend({ locale }: { locale: InterfaceLocale }) {
  return (
    <p className="legend muted">
      {ClaimStatusSchema.options.map((s) => (
        <StatusBadge key={s} status={s} label={t(locale, `status.${s}`)} />
      ))}
      <span className="legend__edited">✎ {t(locale, 'override.badge')}</span>
    </p>
  );
}
