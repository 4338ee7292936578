import type { ClaimId, ClaimStatus } from '../lib/claims/types';
import { StatusBadge } from './StatusBadge';

export interface ClaimRow {
  id: ClaimId;
  title: string;
  status: ClaimStatus;
  statusLabel: string;
  summary: string;
}

/** The ten verdicts, one row each: id, title, badge and the one-sentence summary. */
export function ClaimList({ rows }: { rows: ClaimRow[] }) {
  return (
    <ol className="claims" aria-label="Påstander">
      {rows.map((row) => (
        <li key={row.id} className="claim" data-claim={row.id} data-status={row.status}>
          <div className="claim__head">
            <span className="claim__id">{row.id}</span>
            <span className="claim__title">{row.title}</span>
            <StatusBadge status={row.status} label={row.statusLabel} />
          </div>
          <p className="claim__summary">{row.summary}</p>
        </li>
      ))}
    </ol>
  );
}
