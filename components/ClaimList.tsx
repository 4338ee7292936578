import type { ReactNode } from 'react';
import type { InterfaceLocale } from '../lib/claims/report-schema';
import type { ClaimId } from '../lib/claims/types';
import type { ClaimView, EvidenceView } from '../lib/present/claim-view';
import { t } from '../lib/i18n/translate';
import { ClaimDetails } from './ClaimDetails';
import { StatusBadge } from './StatusBadge';

/**
 * The ten verdicts, one row each: id, title, badge and the one-sentence summary. A row opens to its
 * details when `expanded` has its id (the popup), or always with `expandAll` (the report page).
 */
export function ClaimList({
  views, locale, expanded, onToggle, expandAll = false, onHighlight, showAdvice = false, renderExtra,
}: {
  views: ClaimView[];
  locale: InterfaceLocale;
  expanded?: ReadonlySet<ClaimId>;
  onToggle?: (id: ClaimId) => void;
  expandAll?: boolean;
  onHighlight?: (item: EvidenceView) => void;
  showAdvice?: boolean;
  renderExtra?: (view: ClaimView) => ReactNode;
}) {
  return (
    <ol className="claims" aria-label={t(locale, 'claims.label')}>
      {views.map((view) => {
        const open = expandAll || !!expanded?.has(view.id);
        const head = (
          <>
            <span className="claim__id">{view.id}</span>
            <span className="claim__title">{view.title}</span>
            {view.override && <span className="claim__edited" title={t(locale, 'override.badge')}>✎</span>}
            <StatusBadge status={view.status} label={view.statusLabel} />
          </>
        );
        return (
          <li
            key={view.id}
            className={`claim${open ? ' claim--open' : ''}`}
            data-claim={view.id}
            data-status={view.status}
            data-measured={view.measuredStatus}
          >
            {onToggle && !expandAll ? (
              <button
                type="button"
                className="claim__head claim__toggle"
                aria-expanded={open}
                aria-controls={`claim-details-${view.id}`}
                onClick={() => onToggle(view.id)}
              >
                <span className="claim__chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
                {head}
              </button>
            ) : (
              <div className="claim__head">{head}</div>
            )}
            <p className="claim__summary">{view.summary}</p>
            {open && (
              <div id={`claim-details-${view.id}`}>
                <ClaimDetails view={view} locale={locale} onHighlight={onHighlight} showAdvice={showAdvice}>
                  {renderExtra?.(view)}
                </ClaimDetails>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
