import type { AuditWindow, InterfaceLocale } from '../lib/claims/report-schema';
import type { ClaimView } from '../lib/present/claim-view';
import { passCount } from '../lib/present/claim-view';
import { t } from '../lib/i18n/translate';
import { formatDay } from '../lib/i18n/format-date';
import { STATUS_ICON } from './StatusBadge';

export function windowText(locale: InterfaceLocale, window: AuditWindow | null): string {
  return window
    ? t(locale, 'popup.window', { posts: window.posts, from: formatDay(window.from, locale), to: formatDay(window.to, locale) })
    : t(locale, 'popup.window.none');
}

/** The overall picture: «N av 10 påstander er bra», a strip of the ten statuses, and the window it rests on. */
export function AuditOverview({ views, locale, window }: { views: ClaimView[]; locale: InterfaceLocale; window: AuditWindow | null }) {
  const pass = passCount(views);
  return (
    <div className="overview">
      <div className={`overview__score overview__score--${pass >= 8 ? 'high' : pass >= 5 ? 'mid' : 'low'}`} aria-hidden="true">
        <span className="overview__n">{pass}</span>
        <span className="overview__of">/10</span>
      </div>
      <div className="overview__text">
        <p className="overall" data-testid="overall">{t(locale, 'popup.overall', { pass })}</p>
        <ol className="strip" aria-hidden="true">
          {views.map((v) => (
            <li key={v.id} className={`strip__cell strip__cell--${v.status}`} title={`${v.id}: ${v.statusLabel}`}>
              <span className="strip__icon">{STATUS_ICON[v.status]}</span>
              <span className="strip__id">{v.id}</span>
            </li>
          ))}
        </ol>
        <p className="muted" data-testid="window">{windowText(locale, window)}</p>
      </div>
    </div>
  );
}
