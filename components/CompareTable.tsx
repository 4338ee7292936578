import type { InterfaceLocale } from '../lib/claims/report-schema';
import { CLAIM_IDS } from '../lib/claims/types';
import type { CompareRow, CompareSortKey } from '../lib/present/compare';
import { t } from '../lib/i18n/translate';
import { formatDay } from '../lib/i18n/format-date';
import { StatusBadge } from './StatusBadge';
import { StatusLegend } from './StatusLegend';

/** Pages × claims, sortable by clicking a column: by name, by how many pass, or by one claim. */
export function CompareTable({
  rows, locale, sortKey, descending, onSort,
}: { rows: CompareRow[]; locale: InterfaceLocale; sortKey: CompareSortKey; descending: boolean; onSort: (key: CompareSortKey) => void }) {
  const header = (key: CompareSortKey, label: string, title?: string) => (
    <th
      scope="col"
      key={key}
      aria-sort={sortKey === key ? (descending ? 'descending' : 'ascending') : 'none'}
      data-sort-key={key}
    >
      <button type="button" className="sort-button" onClick={() => onSort(key)} title={title}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">{sortKey === key ? (descending ? '▾' : '▴') : '↕'}</span>
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="compare" data-testid="compare-table">
        <thead>
          <tr>
            {header('name', t(locale, 'compare.page'))}
            {header('pass', t(locale, 'compare.pass'))}
            {CLAIM_IDS.map((id) => header(id, id, t(locale, `claim.${id}.title`)))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.pageKey} data-compare-page={row.name}>
              <th scope="row">
                {row.auditId !== null ? <a href={`/report.html?audit=${row.auditId}`}>{row.name}</a> : row.name}
                <span className="muted compare__date">{formatDay(row.auditedAt, locale)}</span>
              </th>
              <td className="compare__pass" data-pass={row.pass}>{row.pass}/10</td>
              {CLAIM_IDS.map((id) => (
                <td key={id} data-claim-cell={id} data-status={row.statuses[id]}>
                  <StatusBadge status={row.statuses[id]} label={t(locale, `status.${row.statuses[id]}`)} compact />
                  {row.overridden.includes(id) && <span className="claim__edited" title={t(locale, 'override.badge')}>✎</span>}
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
