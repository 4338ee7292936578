import { z } from '../validation/zod-mini';
import { CLAIM_IDS, type ClaimId, type Thresholds } from './types';
import { ALL_CLAIMS } from './all-claims';

export type ThresholdSet = Record<ClaimId, Thresholds>;
/** What a user may override: some claims, some of their thresholds. */
export type ThresholdOverrides = Partial<Record<ClaimId, Partial<Thresholds>>>;

/** The defaults of every claim, from its definition (which quotes shared/claims.md). */
export function defaultThresholds(): ThresholdSet {
  return Object.fromEntries(ALL_CLAIMS.map((claim) => [claim.id, { ...claim.defaults }])) as ThresholdSet;
}

/** Overrides may only name known claims and their known thresholds, with finite non-negative numbers. */
export const ThresholdOverridesSchema = z.strictObject(
  Object.fromEntries(
    ALL_CLAIMS.map((claim) => [
      claim.id,
      z.optional(
        z.strictObject(
          Object.fromEntries(Object.keys(claim.defaults).map((key) => [key, z.optional(z.number().check(z.nonnegative()))])),
        ),
      ),
    ]),
  ),
);

/** Defaults merged with validated overrides; throws a ZodError naming the bad entry. */
export function mergeThresholds(overrides: unknown = {}): ThresholdSet {
  const parsed = ThresholdOverridesSchema.parse(overrides ?? {}) as ThresholdOverrides;
  const merged = defaultThresholds();
  for (const id of CLAIM_IDS) {
    const own = parsed[id];
    if (!own) continue;
    for (const [key, value] of Object.entries(own)) if (typeof value === 'number') merged[id][key] = value;
  }
  return merged;
}
