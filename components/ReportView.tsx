import type { AuditReport, InterfaceLocale } from '../lib/claims/report-schema';
import type { ClaimId, ClaimStatus } from '../lib/claims/types';
import type { ClaimView, EvidenceView } from '../lib/present/claim-view';
import type { statusTimeline } from '../lib/present/history';
import { t } from '../lib/i18n/translate';
import { formatDateTime } from '../lib/i18n/format-date';
import { AuditOverview, windowText } from './AuditOverview';
import { ClaimList } from './ClaimList';
import { CoverageList } from './CoverageList';
import { depthLabel } from './DepthSelect';
import { HistoryTable } from './HistoryTable';
import { OverrideEditor } from './OverrideEditor';
import { ReadStatusNotice } from './ReadStatusNotice';
import { WeeklyChart, type ChartPoint } from './WeeklyChart';

export interface ReportViewProps {
  locale: InterfaceLocale;
  auditId: number;
  report: AuditReport;
  views: ClaimView[];
  /** claims whose thresholds differed from the defaults when this audit ran */
  changedThresholds: ClaimId[];
  history: {
    count: number;
    timeline: ReturnType<typeof statusTimeline>;
    postsPerWeek: ChartPoint[];
    replyHours: ChartPoint[];
    /** the thresholds drawn as lines: H1's posts per week, H2's reply hours */
    references: { postsPerWeek: number; replyHours: number };
  };
  onSaveOverride: (claimId: ClaimId, status: ClaimStatus, note: string) => void;
  onClearOverride: (claimId: ClaimId) => void;
  onExportJson: () => void;
  onExportCsv: () => void;
  onPrint: () => void;
  onDelete: () => void;
  onOpenAudit: (id: number) => void;
  /** shows a piece of evidence on the page, in a tab that has it open */
  onHighlight?: (item: EvidenceView) => void;
  /** the outcome of the last «show on the page» */
  highlight?: { key: string; outcome: 'pending' | 'found' | 'missing' | 'failed' | 'no-tab' } | null;
  busy?: boolean;
}

/** The full report of one audit: verdicts with evidence and advice, the basis, and the page's history. */
export function ReportView(props: ReportViewProps) {
  const { locale, report, views } = props;
  return (
    <article className="report-body" data-testid="report" data-audit-id={props.auditId}>
      <header className="report__header">
        <div>
          <h1 data-testid="report-page-name">{report.page.name ?? report.page.url}</h1>
          <p className="muted">
            {t(locale, 'report.auditedAt', { date: formatDateTime(report.auditedAt, locale) })} · {report.page.url}
          </p>
        </div>
        <div className="toolbar no-print">
          <button type="button" className="button" onClick={props.onExportJson} data-testid="export-json">{t(locale, 'report.export.json')}</button>
          <button type="button" className="button" onClick={props.onExportCsv} data-testid="export-csv">{t(locale, 'report.export.csv')}</button>
          <button type="button" className="button" onClick={props.onPrint} data-testid="print">{t(locale, 'report.print')}</button>
          <button type="button" className="button button--danger" onClick={props.onDelete} data-testid="delete-audit">{t(locale, 'report.delete')}</button>
        </div>
      </header>

      <ReadStatusNotice status={report.readStatus} locale={locale} />
      <AuditOverview views={views} locale={locale} window={report.window} />

      <section className="report__section" aria-labelledby="claims-title">
        <h2 id="claims-title">{t(locale, 'report.section.claims')}</h2>
        <ClaimList
          views={views}
          locale={locale}
          expandAll
          showAdvice
          onHighlight={props.onHighlight}
          renderExtra={(view) => (
            <OverrideEditor
              key={`${view.id}-${view.override?.createdAt ?? 'none'}`}
              claimId={view.id}
              locale={locale}
              current={view.override ? { status: view.override.status, note: view.override.note } : null}
              onSave={(status, note) => props.onSaveOverride(view.id, status, note)}
              onClear={() => props.onClearOverride(view.id)}
              busy={props.busy}
            />
          )}
        />
      </section>

      <section className="report__section" aria-labelledby="basis-title">
        <h2 id="basis-title">{t(locale, 'report.section.basis')}</h2>
        <p data-testid="report-window">{windowText(locale, report.window)}</p>
        <p className="muted">{t(locale, 'report.depth', { depth: depthLabel(locale, report.settings.bound) })}</p>
        {props.changedThresholds.length > 0 && (
          <p className="muted" data-testid="changed-thresholds">{t(locale, 'report.thresholdsChanged', { claims: props.changedThresholds.join(', ') })}</p>
        )}
        <h3>{t(locale, 'report.coverage')}</h3>
        <CoverageList coverage={report.coverage} locale={locale} />
      </section>

      <section className="report__section report__history" aria-labelledby="history-title" data-testid="history">
        <h2 id="history-title">{t(locale, 'report.section.history')}</h2>
        <p className="muted" data-testid="history-count">
          {props.history.count > 1 ? t(locale, 'history.count', { n: props.history.count }) : t(locale, 'history.single')}
        </p>
        <HistoryTable timeline={props.history.timeline} locale={locale} currentAuditId={props.auditId} onOpen={props.onOpenAudit} />
        <div className="charts">
          <WeeklyChart
            title={t(locale, 'history.postsPerWeek')}
            points={props.history.postsPerWeek}
            locale={locale}
            unit={t(locale, 'history.postsPerWeek.unit')}
            reference={{ value: props.history.references.postsPerWeek, label: t(locale, 'history.postsPerWeek.reference', { n: props.history.references.postsPerWeek }) }}
            testId="chart-posts"
          />
          <WeeklyChart
            title={t(locale, 'history.replyTimes')}
            points={props.history.replyHours}
            locale={locale}
            unit={t(locale, 'history.replyTimes.unit')}
            reference={{ value: props.history.references.replyHours, label: t(locale, 'history.replyTimes.reference', { n: props.history.references.replyHours }) }}
            testId="chart-replies"
          />
        </div>
      </section>

      {props.highlight && (
        <p className={`toast no-print highlight-status highlight-status--${props.highlight.outcome}`} role="status" data-testid="highlight-status" data-outcome={props.highlight.outcome}>
          {t(locale, props.highlight.outcome === 'no-tab' ? 'report.highlight.noTab' : `popup.highlight.${props.highlight.outcome}`)}
        </p>
      )}
      <footer className="report__footer muted">{t(locale, 'report.source')}</footer>
    </article>
  );
}
