import type { ClaimDefinition, Evidence } from './types';
import { analyzedPosts } from './post-analysis';
import { MAX_EVIDENCE, countMetric, message, percent, postEvidence, threshold } from './judge-helpers';

/** H10 «stiller spørsmål og inviterer til innbyggerdialog»: posts inviting input, and whether messaging is open. */
export const h10Dialogue: ClaimDefinition = {
  id: 'H10',
  defaults: { passPercent: 10, minTextPosts: 5 },
  judge(snapshot, ctx) {
    const pass = threshold(ctx.thresholds, 'passPercent');
    const minTextPosts = threshold(ctx.thresholds, 'minTextPosts');
    const posts = analyzedPosts(snapshot);
    const hits = posts.filter((entry) => entry.analysis.labels.dialogue.hit);
    const messaging = snapshot.page.messaging.offered;
    const share = percent(hits.length, posts.length);
    const metrics = [
      { key: 'dialogueShare', value: posts.length ? share : null, unit: 'percent' as const, threshold: { pass, couldImprove: pass, direction: 'higher' as const } },
      { key: 'messagingOffered', value: messaging === null ? null : messaging ? 1 : 0, unit: 'boolean' as const },
      countMetric('textPosts', posts.length),
      countMetric('dialoguePosts', hits.length),
    ];
    const evidence: Evidence[] = [];
    if (messaging !== null) {
      evidence.push({ kind: 'messaging', excerpt: '', matched: [], note: messaging ? 'evidence.messagingOffered' : 'evidence.messagingNotOffered' });
    }
    evidence.push(...hits.slice(0, MAX_EVIDENCE).map(({ post, analysis }) => postEvidence(post, analysis.labels.dialogue.matched)));
    if (posts.length < minTextPosts) {
      return { status: 'unknown', message: message('claim.unknown.fewTextPosts', { n: posts.length, min: minTextPosts }), metrics, evidence };
    }
    // Whether messaging is open decides between two verdicts; not knowing it must not make one up.
    if (messaging === null) {
      return { status: 'unknown', message: message('claim.H10.unknown.messaging', { share }), metrics, evidence };
    }
    const invites = hits.length > 0 && hits.length * 100 >= pass * posts.length;
    const params = { share, hits: hits.length, posts: posts.length };
    if (invites && messaging) return { status: 'pass', message: message('claim.H10.pass', params), metrics, evidence };
    if (invites) return { status: 'could-improve', message: message('claim.H10.could-improve.noMessaging', params), metrics, evidence };
    if (messaging) return { status: 'could-improve', message: message('claim.H10.could-improve.fewInvites', params), metrics, evidence };
    return { status: 'poor', message: message('claim.H10.poor', params), metrics, evidence };
  },
};
