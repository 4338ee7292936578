import type { InterfaceLocale } from '../claims/report-schema';
import type { ClaimId } from '../claims/types';
import { CLAIM_CATALOG } from '../claims/claim-catalog';
import type { ClaimTexts } from './claim-view';

/**
 * The KS report's wording and advice for a claim, from the claim catalog. The report is quoted in
 * Norwegian whatever the interface language (the interface labels it as a quote).
 */
export function claimTexts(id: ClaimId, _locale: InterfaceLocale): ClaimTexts & { source?: string } {
  const entry = CLAIM_CATALOG[id];
  if (!entry) return {};
  return {
    wording: `«${entry.claim}». ${entry.explanation}`,
    advice: entry.advice,
    source: entry.source,
  };
}
