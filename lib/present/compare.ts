import { CLAIM_IDS, type ClaimId, type ClaimStatus } from '../claims/types';
import type { HistoryAudit } from './history';

export interface CompareRow {
  auditId: number | null;
  pageKey: string;
  name: string;
  auditedAt: string;
  statuses: Record<ClaimId, ClaimStatus>;
  overridden: ClaimId[];
  pass: number;
}

export type CompareSortKey = 'name' | 'pass' | ClaimId;

/** Better first: pass, could-improve, poor, then unknown (not judged is not worse than poor, just last). */
const RANK: Record<ClaimStatus, number> = { pass: 0, 'could-improve': 1, poor: 2, unknown: 3 };

export function compareRows(audits: (HistoryAudit & { pageKey: string })[]): CompareRow[] {
  return audits.map((a) => {
    const statuses = {} as Record<ClaimId, ClaimStatus>;
    const overridden: ClaimId[] = [];
    for (const id of CLAIM_IDS) {
      const o = a.overrides?.find((x) => x.claimId === id);
      statuses[id] = o?.status ?? a.report.claims.find((c) => c.id === id)?.status ?? 'unknown';
      if (o) overridden.push(id);
    }
    return {
      auditId: a.id ?? null,
      pageKey: a.pageKey,
      name: a.report.page.name ?? a.report.page.url,
      auditedAt: a.auditedAt,
      statuses,
      overridden,
      pass: CLAIM_IDS.filter((id) => statuses[id] === 'pass').length,
    };
  });
}

/** Sorts pages by name, by how many claims pass (most first), or by one claim (best first); ties by name. */
export function sortCompareRows(rows: CompareRow[], key: CompareSortKey, descending = false): CompareRow[] {
  const byName = (a: CompareRow, b: CompareRow) => a.name.localeCompare(b.name, 'nb');
  const primary =
    key === 'name'
      ? byName
      : key === 'pass'
        ? (a: CompareRow, b: CompareRow) => b.pass - a.pass
        : (a: CompareRow, b: CompareRow) => RANK[a.statuses[key]] - RANK[b.statuses[key]];
  const sorted = [...rows].sort((a, b) => primary(a, b) || byName(a, b));
  return descending ? sorted.reverse() : sorted;
}
