import type { ReactNode } from 'react';
import type { InterfaceLocale } from '../lib/claims/report-schema';
import type { ClaimView, EvidenceView } from '../lib/present/claim-view';
import { t } from '../lib/i18n/translate';
import { formatDay } from '../lib/i18n/format-date';
import { EvidenceList } from './EvidenceList';
import { MetricTable } from './MetricTable';
import { StatusBadge } from './StatusBadge';

/** What opens under a claim: figures against thresholds, the KS report's wording, advice, evidence. */
export function ClaimDetails({
  view, locale, onHighlight, showAdvice = false, children,
}: {
  view: ClaimView;
  locale: InterfaceLocale;
  onHighlight?: (item: EvidenceView) => void;
  showAdvice?: boolean;
  /** extra controls (the report page's override editor) */
  children?: ReactNode;
}) {
  return (
    <div className="claim__details" data-testid={`details-${view.id}`}>
      {view.override && (
        <p className="claim__override" data-testid="override-info">
          {t(locale, 'override.shown', { date: formatDay(view.override.createdAt, locale) })}{' '}
          <span className="claim__measured">
            {t(locale, 'override.measured')} <StatusBadge status={view.measuredStatus} label={view.measuredLabel} />
          </span>
          {view.override.note && <span className="claim__override-note">«{view.override.note}»</span>}
        </p>
      )}
      {view.error && <p className="claim__error muted">{t(locale, 'details.error', { detail: view.error })}</p>}
      <MetricTable metrics={view.metrics} locale={locale} />
      {view.wording && (
        <blockquote className="claim__wording">
          <span className="claim__wording-label">{t(locale, 'claim.wording')}</span> {view.wording}
        </blockquote>
      )}
      {showAdvice && view.advice.length > 0 && (
        <div className="claim__advice">
          <h4>{t(locale, 'claim.advice')}</h4>
          <ul>
            {view.advice.map((a, i) => <li key={i}>{a}</li>)}
          </ul>
        </div>
      )}
      <h4 className="claim__evidence-title">{t(locale, 'claim.evidence')}</h4>
      <EvidenceList items={view.evidence} locale={locale} onHighlight={onHighlight} />
      {children}
    </div>
  );
}
