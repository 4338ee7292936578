import type { CollectionBound, PageSnapshot, ReadStatus } from '../snapshot/schema';
import { renderSummary } from './render-summary';
import type { AuditReport, InterfaceLocale } from './report-schema';
import { ClaimResultSchema, type ClaimDefinition, type ClaimResult, type JudgeOutput, type Message } from './types';
import { ALL_CLAIMS } from './all-claims';
import { mergeThresholds, type ThresholdOverrides, type ThresholdSet } from './thresholds';
import { observedWindow, toAuditWindow } from './observed-window';

// kept here too for the callers that import them from the runner
export { renderEvidenceNote, renderSummary } from './render-summary';

export interface JudgeOptions {
  /** the moment the audit is judged at; relative windows («the last 4 weeks») end here */
  now: Date;
  locale: InterfaceLocale;
  /** user overrides of the default thresholds (validated; a bad entry throws) */
  thresholds?: ThresholdOverrides;
  /** the collection bound the user chose; defaults to the one the snapshot records */
  bound?: CollectionBound;
}

/** Read statuses under which nothing on the page can be judged. */
const UNREADABLE: ReadonlySet<ReadStatus> = new Set(['unsupported-layout', 'login-wall', 'not-a-page', 'empty']);


function unknownResult(claim: ClaimDefinition, locale: InterfaceLocale, message: Message, error?: string): ClaimResult {
  return {
    id: claim.id,
    status: 'unknown',
    summary: renderSummary(locale, message),
    message,
    metrics: [],
    evidence: [],
    coarseTimes: false,
    ...(error !== undefined ? { error } : {}),
  };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 500);
}

/** Runs one claim; whatever it throws or returns malformed becomes `unknown` with the error, never a verdict. */
export function runClaim(claim: ClaimDefinition, snapshot: PageSnapshot, now: Date, thresholds: ThresholdSet, locale: InterfaceLocale): ClaimResult {
  try {
    const output: JudgeOutput = claim.judge(snapshot, { now, thresholds: thresholds[claim.id] });
    const coarseTimes = output.coarseTimes ?? false;
    return ClaimResultSchema.parse({
      id: claim.id,
      status: output.status,
      summary: renderSummary(locale, output.message, coarseTimes),
      message: output.message,
      metrics: output.metrics,
      evidence: output.evidence,
      coarseTimes,
    });
  } catch (error) {
    const text = errorText(error);
    return unknownResult(claim, locale, { key: 'claim.error', params: { error: text } }, text);
  }
}

/** Judges a snapshot on the ten claims: the report the popup shows, the store keeps and the CLI prints. */
export function judgeSnapshot(snapshot: PageSnapshot, opts: JudgeOptions): AuditReport {
  const thresholds = mergeThresholds(opts.thresholds ?? {});
  const unreadable = UNREADABLE.has(snapshot.status);
  const claims = ALL_CLAIMS.map((claim) =>
    unreadable
      ? unknownResult(claim, opts.locale, { key: `claim.unreadable.${snapshot.status}`, params: {} })
      : runClaim(claim, snapshot, opts.now, thresholds, opts.locale),
  );
  return {
    format: 'kommunesjekk-report',
    version: 1,
    page: { name: snapshot.page.name, url: snapshot.page.url || snapshot.url },
    auditedAt: opts.now.toISOString(),
    locale: opts.locale,
    readStatus: snapshot.status,
    window: unreadable ? null : toAuditWindow(observedWindow(snapshot)),
    coverage: snapshot.coverage,
    settings: { thresholds, bound: opts.bound ?? snapshot.collection.bound },
    claims,
    snapshot,
  };
}

