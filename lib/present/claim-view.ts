import type { AuditReport, InterfaceLocale } from '../claims/report-schema';
import type { ClaimId, ClaimResult, ClaimStatus, Evidence } from '../claims/types';
import { t } from '../i18n/translate';
import { renderEvidenceNote, renderSummary } from '../claims/render-summary';
import { formatDay } from '../i18n/format-date';
import { formatMetricValue, formatNumber, metricLabel, tOr } from './labels';

/** What a claim says in the KS report and what the report advises: supplied by the claim catalog. */
export interface ClaimTexts {
  /** the report's wording of the claim (quoted) */
  wording?: string;
  /** «Gode råd»: the report's advice for this claim */
  advice?: string[];
}
export type ClaimTextsLookup = (id: ClaimId, locale: InterfaceLocale) => ClaimTexts;

export interface OverrideView {
  status: ClaimStatus;
  statusLabel: string;
  note: string;
  createdAt: string;
}

export interface MetricView {
  key: string;
  label: string;
  value: string;
  /** «Bra: 4 · Kan bli bedre: 2 (høyere er bedre)», or null without a threshold */
  threshold: string | null;
  /** where the value sits between 0 and the largest of value and thresholds, for a small gauge */
  gauge: { value: number; pass: number; couldImprove: number; direction: 'higher' | 'lower' } | null;
}

/** A piece of text with the matched words marked (rendered as <mark> by React, never as HTML). */
export interface TextPart {
  text: string;
  match: boolean;
}

export interface EvidenceView {
  key: string;
  kind: Evidence['kind'];
  kindLabel: string;
  parts: TextPart[];
  matched: string[];
  note: string | null;
  postId: string | null;
  commentId: string | null;
  permalink: string | null;
}

export interface ClaimView {
  id: ClaimId;
  title: string;
  /** the status shown: the user's override if there is one, else the measured one */
  status: ClaimStatus;
  statusLabel: string;
  measuredStatus: ClaimStatus;
  measuredLabel: string;
  override: OverrideView | null;
  summary: string;
  metrics: MetricView[];
  evidence: EvidenceView[];
  coarseTimes: boolean;
  error: string | null;
  wording: string | null;
  advice: string[];
}

export function statusLabel(locale: InterfaceLocale, status: ClaimStatus): string {
  return t(locale, `status.${status}`);
}

/**
 * The summary in the interface language, re-rendered from its key (so a stored audit follows a
 * change of language), with ISO days in the params shown as dates; the stored text when the key is unknown.
 */
export function localizedSummary(claim: ClaimResult, locale: InterfaceLocale, _reportLocale?: InterfaceLocale): string {
  if (t(locale, claim.message.key) === claim.message.key) return claim.summary;
  const params = Object.fromEntries(
    Object.entries(claim.message.params).map(([k, v]) => [k, typeof v === 'string' && ISO_DAY.test(v) ? formatDay(v, locale) : v]),
  );
  return renderSummary(locale, { key: claim.message.key, params }, claim.coarseTimes);
}
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Splits `text` so that every occurrence of a matched word (case-insensitive) is its own part. */
export function markMatches(text: string, matched: string[]): TextPart[] {
  const words = matched.map((w) => w.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
  if (!words.length) return [{ text, match: false }];
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: words.some((w) => w.toLowerCase() === part.toLowerCase()) }));
}

function metricViews(claim: ClaimResult, locale: InterfaceLocale): MetricView[] {
  return claim.metrics.map((m) => ({
    key: m.key,
    label: metricLabel(locale, m.key),
    value: formatMetricValue(locale, m.unit, m.value),
    threshold: m.threshold
      ? t(locale, m.threshold.direction === 'higher' ? 'metric.threshold.higher' : 'metric.threshold.lower', {
          pass: formatNumber(locale, m.threshold.pass),
          couldImprove: formatNumber(locale, m.threshold.couldImprove),
          passLabel: statusLabel(locale, 'pass'),
          couldImproveLabel: statusLabel(locale, 'could-improve'),
        })
      : null,
    gauge: m.threshold && m.value !== null ? { value: m.value, ...m.threshold } : null,
  }));
}

function evidenceViews(claim: ClaimResult, locale: InterfaceLocale): EvidenceView[] {
  return claim.evidence.map((e, i) => ({
    key: `${claim.id}-${i}`,
    kind: e.kind,
    kindLabel: t(locale, `evidence.kind.${e.kind}`),
    parts: markMatches(e.excerpt, e.matched),
    matched: e.matched,
    // a note is an i18n key («evidence.answeredAfter:17») or a text as read (a post's time label)
    note: e.note ? (e.note.startsWith('evidence.') ? renderEvidenceNote(locale, e.note) : e.note) : null,
    postId: e.postId ?? null,
    commentId: e.commentId ?? null,
    permalink: safePermalink(e.permalink ?? null),
  }));
}

/** Only Facebook https links become links: a permalink is read from the page and could be anything. */
export function safePermalink(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && (u.hostname === 'facebook.com' || u.hostname.endsWith('.facebook.com')) ? u.href : null;
  } catch {
    return null;
  }
}

export interface OverrideInput {
  claimId: ClaimId;
  status: ClaimStatus;
  note: string;
  createdAt: string;
}

/** Turns a report (and the user's overrides of it) into what the claim components render. */
export function claimViews(
  report: AuditReport,
  locale: InterfaceLocale,
  options: { overrides?: OverrideInput[]; texts?: ClaimTextsLookup } = {},
): ClaimView[] {
  return report.claims.map((claim) => {
    const o = options.overrides?.find((x) => x.claimId === claim.id) ?? null;
    const texts = options.texts?.(claim.id, locale) ?? {};
    const status = o?.status ?? claim.status;
    return {
      id: claim.id,
      title: tOr(locale, `claim.${claim.id}.title`, claim.id),
      status,
      statusLabel: statusLabel(locale, status),
      measuredStatus: claim.status,
      measuredLabel: statusLabel(locale, claim.status),
      override: o ? { status: o.status, statusLabel: statusLabel(locale, o.status), note: o.note, createdAt: o.createdAt } : null,
      summary: localizedSummary(claim, locale, report.locale),
      metrics: metricViews(claim, locale),
      evidence: evidenceViews(claim, locale),
      coarseTimes: claim.coarseTimes,
      error: claim.error ?? null,
      wording: texts.wording ?? null,
      advice: texts.advice ?? [],
    };
  });
}

/** How many of the ten pass, counting the user's overrides. */
export function passCount(views: Pick<ClaimView, 'status'>[]): number {
  return views.filter((v) => v.status === 'pass').length;
}

/** Read statuses in which nothing could be judged: the popup shows a state, not ten «unknown» badges. */
export const BLOCKING_READ_STATUSES = ['unsupported-layout', 'login-wall', 'not-a-page', 'empty'] as const;
export function isBlockingReadStatus(status: AuditReport['readStatus']): boolean {
  return (BLOCKING_READ_STATUSES as readonly string[]).includes(status);
}
