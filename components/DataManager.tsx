import type { InterfaceLocale } from '../lib/claims/report-schema';
import { t } from '../lib/i18n/translate';
import { formatDateTime } from '../lib/i18n/format-date';

export interface PageHistoryItem {
  pageKey: string;
  name: string;
  audits: { id: number; auditedAt: string; pass: number }[];
}

/** Every stored audit grouped by page, with delete one audit / one page's history / everything. */
export function DataManager({
  locale, pages, onDeleteAudit, onDeletePage, onDeleteAll,
}: {
  locale: InterfaceLocale;
  pages: PageHistoryItem[];
  onDeleteAudit: (id: number) => void;
  onDeletePage: (pageKey: string) => void;
  onDeleteAll: () => void;
}) {
  if (!pages.length) return <p className="muted" data-testid="no-data">{t(locale, 'data.empty')}</p>;
  return (
    <div className="data" data-testid="data-manager">
      {pages.map((page) => (
        <details key={page.pageKey} className="data__page" data-page-key={page.pageKey}>
          <summary>
            <strong>{page.name}</strong> <span className="muted">{t(locale, 'data.auditCount', { n: page.audits.length })}</span>
          </summary>
          <ul className="data__audits">
            {page.audits.map((a) => (
              <li key={a.id} data-audit-id={a.id}>
                <a href={`/report.html?audit=${a.id}`}>{formatDateTime(a.auditedAt, locale)}</a>
                <span className="muted"> · {t(locale, 'popup.overall', { pass: a.pass })}</span>
                <button type="button" className="button button--small button--danger" onClick={() => onDeleteAudit(a.id)}>
                  {t(locale, 'data.deleteAudit')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--small button--danger" onClick={() => onDeletePage(page.pageKey)} data-testid="delete-page">
            {t(locale, 'data.deletePage')}
          </button>
        </details>
      ))}
      <button type="button" className="button button--danger" onClick={onDeleteAll} data-testid="delete-all">
        {t(locale, 'data.deleteAll')}
      </button>
    </div>
  );
}
