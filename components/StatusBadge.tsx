import type { ClaimStatus } from '../lib/claims/types';

/** Icon shapes differ per status so the badge also reads in greyscale and for colour-blind users. */
const ICON: Record<ClaimStatus, string> = { pass: '✓', 'could-improve': '!', poor: '✕', unknown: '?' };

export function StatusBadge({ status, label }: { status: ClaimStatus; label: string }) {
  return (
    <span className={`badge badge--${status}`} data-status={status}>
      <span className="badge__icon" aria-hidden="true">{ICON[status]}</span>
      <span className="badge__label">{label}</span>
    </span>
  );
}
