import type { AuditReport, InterfaceLocale } from '../claims/report-schema';
import type { ClaimStatus } from '../claims/types';
import { CLAIM_IDS } from '../claims/types';
import { renderSummary } from '../claims/run-claims';
import { t } from '../i18n/translate';
import type { AtSource, InputKind } from './load-input';

/** One audited input, or one that failed, in the order given. */
export type AuditOutcome =
  | { file: string; kind: InputKind; at: Date; atSource: AtSource; report: AuditReport; problem: string | null }
  | { file: string; error: string };

const BADGE: Record<ClaimStatus, string> = { pass: '✔', 'could-improve': '◐', poor: '✖', unknown: '?' };

const AT_SOURCE_TEXT: Record<AtSource, string> = {
  option: 'given with --at',
  'file-mtime': "the file's modification time; use --at to set when the page was saved",
  snapshot: 'when the snapshot was captured',
  report: 'when the report was made',
};

function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** The readable table: a header per input, then one line per claim with its badge and summary. */
export function formatTable(outcomes: AuditOutcome[], locale: InterfaceLocale): string {
  const blocks = outcomes.map((outcome) => {
    if ('error' in outcome) return `${outcome.file}\n  ERROR: ${outcome.error}`;
    const { report } = outcome;
    const lines = [
      `${report.page.name ?? '(no page name)'} — ${report.page.url}`,
      `  file: ${outcome.file} (${outcome.kind}) · judged at ${report.auditedAt} (${AT_SOURCE_TEXT[outcome.atSource]})`,
    ];
    if (report.window) {
      lines.push(`  window: ${day(report.window.from)} – ${day(report.window.to)} · ${report.window.days.toFixed(1)} days · ${report.window.posts} posts (${report.window.datedPosts} dated) · read: ${report.readStatus}`);
    } else {
      lines.push(`  window: none · read: ${report.readStatus}`);
    }
    if (outcome.problem) {
      lines.push(`  ERROR: ${outcome.problem}`);
      return lines.join('\n');
    }
    const titleWidth = Math.max(...CLAIM_IDS.map((id) => [...t(locale, `claim.${id}.title`)].length));
    const statusWidth = Math.max(...(['pass', 'could-improve', 'poor', 'unknown'] as const).map((s) => [...t(locale, `status.${s}`)].length));
    for (const claim of report.claims) {
      lines.push(
        `  ${pad(claim.id, 4)}${BADGE[claim.status]} ${pad(t(locale, `status.${claim.status}`), statusWidth)}  ${pad(t(locale, `claim.${claim.id}.title`), titleWidth)}  ${renderSummary(locale, claim.message, claim.coarseTimes)}`,
      );
    }
    const passed = report.claims.filter((c) => c.status === 'pass').length;
    lines.push(`  ${passed}/10 pass`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** `--format json`: an array with one report per audited input, in order (inputs that failed are left out). */
export function formatJson(outcomes: AuditOutcome[]): string {
  const reports = outcomes.flatMap((outcome) => ('report' in outcome ? [outcome.report] : []));
  return `${JSON.stringify(reports, null, 2)}\n`;
}

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `--format csv`: one row per input, one column per claim (status ids), for comparing municipalities. */
export function formatCsv(outcomes: AuditOutcome[]): string {
  const header = ['file', 'page', 'url', 'auditedAt', 'atSource', 'readStatus', 'windowFrom', 'windowTo', 'windowDays', 'posts', ...CLAIM_IDS, 'pass', 'error'];
  const rows = outcomes.map((outcome) => {
    if ('error' in outcome) {
      return [outcome.file, null, null, null, null, null, null, null, null, null, ...CLAIM_IDS.map(() => null), null, outcome.error];
    }
    const { report } = outcome;
    return [
      outcome.file, report.page.name, report.page.url, report.auditedAt, outcome.atSource, report.readStatus,
      report.window?.from ?? null, report.window?.to ?? null, report.window ? Math.round(report.window.days * 10) / 10 : null, report.window?.posts ?? null,
      ...report.claims.map((c) => c.status), report.claims.filter((c) => c.status === 'pass').length, outcome.problem,
    ];
  });
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}
