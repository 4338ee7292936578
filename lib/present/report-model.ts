import type { AuditReport, InterfaceLocale } from '../claims/report-schema';
import { CLAIM_IDS, type ClaimId } from '../claims/types';
import { defaultThresholds } from '../claims/thresholds';
import { t } from '../i18n/translate';
import { claimViews, type ClaimView, type OverrideInput } from './claim-view';
import { claimTexts } from './claim-texts';
import { postsPerWeek, replyTimesPerWeek, statusTimeline, type HistoryAudit } from './history';

/** Claims whose thresholds in this report differ from today's defaults. */
export function changedThresholdClaims(report: AuditReport): ClaimId[] {
  const defaults = defaultThresholds();
  return CLAIM_IDS.filter((id) => {
    const used = report.settings.thresholds[id] ?? {};
    return Object.entries(used).some(([key, value]) => key in defaults[id] && defaults[id][key] !== value);
  });
}

export interface ReportModel {
  views: ClaimView[];
  changedThresholds: ClaimId[];
  history: {
    count: number;
    timeline: ReturnType<typeof statusTimeline>;
    postsPerWeek: { weekStart: string; value: number | null; detail?: string }[];
    replyHours: { weekStart: string; value: number | null; detail?: string }[];
    references: { postsPerWeek: number; replyHours: number };
  };
}

/** Everything the report page shows for one audit, from the audit, its overrides and the page's other audits. */
export function reportModel(
  report: AuditReport,
  overrides: OverrideInput[],
  pageAudits: HistoryAudit[],
  locale: InterfaceLocale,
): ReportModel {
  const defaults = defaultThresholds();
  return {
    views: claimViews(report, locale, { overrides, texts: claimTexts }),
    changedThresholds: changedThresholdClaims(report),
    history: {
      count: pageAudits.length,
      timeline: statusTimeline(pageAudits),
      postsPerWeek: postsPerWeek(pageAudits).map((w) => ({ weekStart: w.weekStart, value: w.count })),
      replyHours: replyTimesPerWeek(pageAudits).map((w) => ({
        weekStart: w.weekStart,
        value: w.medianHours === null ? null : Math.round(w.medianHours * 10) / 10,
        detail: t(locale, 'history.replyTimes.detail', { answered: w.answered, unanswered: w.unanswered }),
      })),
      references: {
        postsPerWeek: report.settings.thresholds.H1?.passPostsPerWeek ?? defaults.H1.passPostsPerWeek ?? 4,
        replyHours: report.settings.thresholds.H2?.passMedianHours ?? defaults.H2.passMedianHours ?? 24,
      },
    },
  };
}
