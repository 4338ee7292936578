import type { InterfaceLocale } from '../lib/claims/report-schema';
import type { ClaimId } from '../lib/claims/types';
import type { statusTimeline } from '../lib/present/history';
import { t } from '../lib/i18n/translate';
import { formatDateTime } from '../lib/i18n/format-date';
import { StatusBadge } from './StatusBadge';
import { StatusLegend } from './StatusLegend';

/** Each claim's status in each audit of the page, oldest left; the current audit's column is marked. */
export function HistoryTable({
  timeline, locale, currentAuditId, onOpen,
}: {
  timeline: ReturnType<typeof statusTimeline>;
  locale: InterfaceLocale;
  currentAuditId?: number | null;
  onOpen?: (auditId: number) => void;
}) {
  const columns = timeline.rows[0]?.cells ?? [];
  return (
    <div className="table-scroll">
      <table className="history" data-testid="history-table">
        <thead>
          <tr>
            <th scope="col">{t(locale, 'history.claim')}</th>
            {timeline.auditedAt.map((at, i) => {
              const id = columns[i]?.auditId ?? null;
              const label = formatDateTime(at, locale);
              return (
                <th scope="col" key={at + i} className={id !== null && id === currentAuditId ? 'history__current' : undefined} data-audit-column={id ?? ''}>
                  {onOpen && id !== null && id !== currentAuditId ? (
                    <button type="button" className="link-button" onClick={() => onOpen(id)}>{label}</button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {timeline.rows.map((row) => (
            <tr key={row.id} data-history-claim={row.id}>
              <th scope="row">
                <span className="claim__id">{row.id}</span> {t(locale, `claim.${row.id as ClaimId}.title`)}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} data-status={cell.status} className={cell.overridden ? 'history__overridden' : undefined}>
                  <StatusBadge status={cell.status} label={t(locale, `status.${cell.status}`)} compact />
                  {cell.overridden && <span className="claim__edited" title={t(locale, 'override.badge')}>✎</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <StatusLegend locale={locale} />
    </div>
  );
}
