import type { InterfaceLocale } from '../lib/claims/report-schema';
import type { CompareRow, CompareSortKey } from '../lib/present/compare';
import { t } from '../lib/i18n/translate';
import { formatDay } from '../lib/i18n/format-date';
import { CompareTable } from './CompareTable';

/** Pick audited pages and compare their newest audits, claims × pages. */
export function CompareView({
  locale, pages, selected, onToggle, onSelectAll, rows, sortKey, descending, onSort, onExportCsv,
}: {
  locale: InterfaceLocale;
  pages: { pageKey: string; name: string; auditedAt: string }[];
  selected: ReadonlySet<string>;
  onToggle: (pageKey: string) => void;
  onSelectAll: () => void;
  /** the selected pages, already sorted */
  rows: CompareRow[];
  sortKey: CompareSortKey;
  descending: boolean;
  onSort: (key: CompareSortKey) => void;
  /** downloads the compared pages' audits as CSV (one row per page) */
  onExportCsv?: () => void;
}) {
  return (
    <article className="report-body" data-testid="compare">
      <header className="report__header">
        <h1>{t(locale, 'compare.title')}</h1>
        {onExportCsv && rows.length > 0 && (
          <div className="toolbar no-print">
            <button type="button" className="button" onClick={onExportCsv} data-testid="compare-csv">{t(locale, 'compare.csv')}</button>
            <button type="button" className="button" onClick={() => print()}>{t(locale, 'report.print')}</button>
          </div>
        )}
      </header>
      {!pages.length ? (
        <p className="muted">{t(locale, 'compare.empty')}</p>
      ) : (
        <>
          <p className="muted">{t(locale, 'compare.intro')}</p>
          <fieldset className="compare__pick no-print">
            <legend>{t(locale, 'compare.pick')}</legend>
            {pages.map((p) => (
              <label key={p.pageKey} className="checkbox">
                <input type="checkbox" checked={selected.has(p.pageKey)} onChange={() => onToggle(p.pageKey)} data-pick-page={p.name} />
                {p.name} <span className="muted">({formatDay(p.auditedAt, locale)})</span>
              </label>
            ))}
            <button type="button" className="button button--small" onClick={onSelectAll}>{t(locale, 'compare.all')}</button>
          </fieldset>
          {rows.length ? (
            <CompareTable rows={rows} locale={locale} sortKey={sortKey} descending={descending} onSort={onSort} />
          ) : (
            <p className="muted">{t(locale, 'compare.none')}</p>
          )}
        </>
      )}
    </article>
  );
}
