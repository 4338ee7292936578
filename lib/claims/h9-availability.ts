import { analyzePageTexts } from '../text/index';
import type { ClaimDefinition, Evidence } from './types';
import { aboutTexts, introTexts, introWasRead, pageTextEvidence } from './page-texts';
import { excerpt, message, postEvidence } from './judge-helpers';

/**
 * H9 «tydelige på når de er tilgjengelige»: opening hours or a stated answering time in the intro/About
 * (pass); only a link to them or only a pinned post (could-improve); none (poor).
 */
export const h9Availability: ClaimDefinition = {
  id: 'H9',
  defaults: {},
  judge(snapshot) {
    const { page } = snapshot;
    const hours = page.hours;
    const hoursShown = hours !== null && (hours.state !== 'unknown' || hours.ranges.length > 0 || hours.raw.length > 0);
    const inTexts = analyzePageTexts([...introTexts(snapshot), ...aboutTexts(snapshot)]).answeringTimes;
    const stated = page.answeringTimes !== null && page.answeringTimes.trim() !== '';
    const metrics = [
      { key: 'hoursShown', value: hoursShown ? 1 : 0, unit: 'boolean' as const },
      { key: 'answeringTimesStated', value: stated || inTexts.hit ? 1 : 0, unit: 'boolean' as const },
    ];
    const evidence: Evidence[] = [];
    if (hoursShown) {
      evidence.push({ kind: 'hours', excerpt: excerpt(hours!.raw.join(' · ') || hours!.state), matched: hours!.raw.slice(0, 10) });
    }
    if (stated) evidence.push({ kind: 'intro', excerpt: excerpt(page.answeringTimes!), matched: [] });
    if (inTexts.hit) evidence.push(...pageTextEvidence(snapshot, inTexts.matched, 2));

    if (hoursShown) return { status: 'pass', message: message('claim.H9.pass.hours'), metrics, evidence };
    if (stated || inTexts.hit) return { status: 'pass', message: message('claim.H9.pass.answeringTimes'), metrics, evidence };

    const viaLink = page.about ? analyzePageTexts([], page.about.links).answeringTimes : null;
    const pinned = snapshot.posts
      .filter((post) => post.pinned && post.text.trim() !== '')
      .map((post) => ({ post, found: analyzePageTexts([post.text]).answeringTimes }))
      .find((entry) => entry.found.hit);

    if (!introWasRead(snapshot) && !page.about) {
      return { status: 'unknown', message: message('claim.H9.unknown.noIntro'), metrics, evidence };
    }
    // Hours are recognised by the interface's own words («Åpent nå»): in an interface language the
    // reader does not know, their absence proves nothing.
    if (snapshot.uiLocale === 'unknown' && !viaLink?.hit && !pinned) {
      return { status: 'unknown', message: message('claim.H9.unknown.uiLocale'), metrics, evidence };
    }
    if (viaLink?.hit) {
      evidence.push(...pageTextEvidence(snapshot, viaLink.matched, 2));
      return { status: 'could-improve', message: message('claim.H9.could-improve.link'), metrics, evidence };
    }
    if (pinned) {
      evidence.push(postEvidence(pinned.post, pinned.found.matched));
      return { status: 'could-improve', message: message('claim.H9.could-improve.pinned'), metrics, evidence };
    }
    return { status: 'poor', message: message('claim.H9.poor'), metrics, evidence };
  },
};
