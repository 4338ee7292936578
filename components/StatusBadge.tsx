import type { ClaimStatus } from '../lib/claims/types';

/** Icon shapes differ per status so the badge also reads in greyscale and for colour-blind users. */
export const STATUS_ICON: Record<ClaimStatus, string> = { pass: '✓', 'could-improve': '!', poor: '✕', unknown: '?' };

export function StatusBadge({ status, label, compact = false }: { status: ClaimStatus; label: string; compact?: boolean }) {
  return (
    <span className={`badge badge--${status}${compact ? ' badge--compact' : ''}`} data-status={status} title={compact ? label : undefined}>
      <span className="badge__icon" aria-hidden="true">{STATUS_ICON[status]}</span>
      <span className={compact ? 'badge__label visually-hidden' : 'badge__label'}>{label}</span>
    </span>
  );
}
