import { analyzePageTexts } from '../text/index';
import type { ClaimDefinition } from './types';
import { aboutTexts, introTexts, introWasRead, pageTextEvidence } from './page-texts';
import { message } from './judge-helpers';

/** H8 «tydelige på hva Facebook-siden skal inneholde»: a purpose statement and discussion rules in the About/intro. */
export const h8PurposeAndRules: ClaimDefinition = {
  id: 'H8',
  defaults: {},
  judge(snapshot) {
    const about = snapshot.page.about;
    const texts = [...introTexts(snapshot), ...aboutTexts(snapshot)];
    const found = analyzePageTexts(texts, about?.links ?? []);
    const purpose = found.purpose.hit;
    const rules = found.rules.hit;
    const metrics = [
      { key: 'purposeStated', value: purpose ? 1 : 0, unit: 'boolean' as const },
      { key: 'rulesStated', value: rules ? 1 : 0, unit: 'boolean' as const },
    ];
    const evidence = pageTextEvidence(snapshot, [...found.purpose.matched, ...found.rules.matched], 4);
    if (purpose && rules) return { status: 'pass', message: message('claim.H8.pass'), metrics, evidence };
    // Rules usually live in the About tab: without it, only a full pass can be told.
    if (!about) {
      return {
        status: 'unknown',
        message: message(introWasRead(snapshot) ? 'claim.H8.unknown.aboutClosed' : 'claim.H8.unknown.noIntro'),
        metrics: metrics.map((m) => ({ ...m, value: m.value === 1 ? 1 : null })),
        evidence,
      };
    }
    if (purpose) return { status: 'could-improve', message: message('claim.H8.could-improve.purposeOnly'), metrics, evidence };
    if (rules) return { status: 'could-improve', message: message('claim.H8.could-improve.rulesOnly'), metrics, evidence };
    return { status: 'poor', message: message('claim.H8.poor'), metrics, evidence };
  },
};
