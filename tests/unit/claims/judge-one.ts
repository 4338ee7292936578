import type { ClaimDefinition, ClaimResult } from '../../../lib/claims/types';
import type { PageSnapshot } from '../../../lib/snapshot/schema';
import { mergeThresholds, type ThresholdOverrides } from '../../../lib/claims/thresholds';
import { runClaim } from '../../../lib/claims/run-claims';

export const NOW = new Date('2026-03-13T12:00:00Z');

/** Runs one claim the way the runner does (defaults merged with overrides, output validated, summary in nb). */
export function judgeOne(claim: ClaimDefinition, snapshot: PageSnapshot, overrides: ThresholdOverrides = {}, now = NOW): ClaimResult {
  return runClaim(claim, snapshot, now, mergeThresholds(overrides), 'nb');
}

export function metric(result: ClaimResult, key: string): number | null | undefined {
  return result.metrics.find((m) => m.key === key)?.value;
}
