import { CLAIM_IDS } from '../claims/types';
import type { HistoryAudit } from './history';

/**
 * A CSV cell: quoted when needed (RFC 4180), and a leading = + - @ neutralised, since page names
 * are read from the page and a spreadsheet would otherwise run them as formulas.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = [
  'page_name', 'page_url', 'audited_at', 'read_status', 'window_from', 'window_to', 'posts', 'pass_count',
  ...CLAIM_IDS.flatMap((id) => [id, `${id}_override`]),
];

/** One row per audit: the measured status of each claim, and the user's override next to it. */
export function auditsToCsv(audits: HistoryAudit[]): string {
  const rows = audits.map((a) => {
    const r = a.report;
    const effective = CLAIM_IDS.map((id) => a.overrides?.find((o) => o.claimId === id)?.status ?? r.claims.find((c) => c.id === id)?.status);
    return [
      r.page.name, r.page.url, r.auditedAt, r.readStatus, r.window?.from ?? null, r.window?.to ?? null, r.window?.posts ?? null,
      effective.filter((s) => s === 'pass').length,
      ...CLAIM_IDS.flatMap((id) => [r.claims.find((c) => c.id === id)?.status ?? null, a.overrides?.find((o) => o.claimId === id)?.status ?? null]),
    ];
  });
  return [CSV_HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
