import type { ClaimDefinition } from './types';
import { analyzedPosts } from './post-analysis';
import { MAX_EVIDENCE, countMetric, message, percent, percentMetric, postEvidence, threshold } from './judge-helpers';

/** H6 «trekker frem positive ting andre gjør»: posts that praise, congratulate or thank others. */
export const h6PraiseOthers: ClaimDefinition = {
  id: 'H6',
  defaults: { passPercent: 10, couldImproveCount: 1, minPostsForPoor: 20, minTextPosts: 5 },
  judge(snapshot, ctx) {
    const pass = threshold(ctx.thresholds, 'passPercent');
    const couldImproveCount = threshold(ctx.thresholds, 'couldImproveCount');
    const minPostsForPoor = threshold(ctx.thresholds, 'minPostsForPoor');
    const minTextPosts = threshold(ctx.thresholds, 'minTextPosts');
    const posts = analyzedPosts(snapshot);
    const hits = posts.filter((entry) => entry.analysis.labels.praise.hit);
    const metrics = [
      // could-improve is a count here («at least one»), shown as the share it corresponds to
      percentMetric('praiseShare', hits.length, posts.length, pass, posts.length ? percent(couldImproveCount, posts.length) : 0),
      countMetric('textPosts', posts.length),
      countMetric('praisePosts', hits.length),
    ];
    const evidence = hits.slice(0, MAX_EVIDENCE).map(({ post, analysis }) => postEvidence(post, analysis.labels.praise.matched));
    if (posts.length < minTextPosts) {
      return { status: 'unknown', message: message('claim.unknown.fewTextPosts', { n: posts.length, min: minTextPosts }), metrics, evidence };
    }
    const params = { share: percent(hits.length, posts.length), hits: hits.length, posts: posts.length };
    if (hits.length * 100 >= pass * posts.length && hits.length > 0) {
      return { status: 'pass', message: message('claim.H6.pass', params), metrics, evidence };
    }
    if (hits.length >= couldImproveCount && hits.length > 0) {
      return { status: 'could-improve', message: message('claim.H6.could-improve', params), metrics, evidence };
    }
    // «none in ≥ 20 posts»: fewer posts are too few to call the absence poor.
    if (posts.length < minPostsForPoor) {
      return { status: 'unknown', message: message('claim.H6.unknown.fewPosts', { posts: posts.length, min: minPostsForPoor }), metrics, evidence };
    }
    return { status: 'poor', message: message('claim.H6.poor', params), metrics, evidence };
  },
};
