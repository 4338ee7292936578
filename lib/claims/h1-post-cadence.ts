import type { ClaimDefinition, ClaimStatus } from './types';
import { observedWindow } from './observed-window';
import { MAX_EVIDENCE, countMetric, message, postEvidence, threshold } from './judge-helpers';

/** pass strictly above `pass` posts a week (the report: «mer enn fire»), could-improve from `couldImprove`. */
function cadenceStatus(rate: number, pass: number, couldImprove: number): ClaimStatus {
  if (rate > pass) return 'pass';
  if (rate >= couldImprove) return 'could-improve';
  return 'poor';
}

/** H1 «oppdaterer ofte»: the page's own posts per week over the observed window. */
export const h1PostCadence: ClaimDefinition = {
  id: 'H1',
  defaults: { passPostsPerWeek: 4, couldImprovePostsPerWeek: 2, minDays: 7, minDatedPosts: 3 },
  judge(snapshot, ctx) {
    const pass = threshold(ctx.thresholds, 'passPostsPerWeek');
    const couldImprove = threshold(ctx.thresholds, 'couldImprovePostsPerWeek');
    const minDays = threshold(ctx.thresholds, 'minDays');
    const minPosts = threshold(ctx.thresholds, 'minDatedPosts');
    const window = observedWindow(snapshot);
    const posts = window?.datedPosts ?? 0;
    const days = window?.days ?? 0;
    const rate = window && days > 0 ? (posts / days) * 7 : null;
    const metrics = [
      {
        key: 'postsPerWeek', value: rate === null ? null : Math.round(rate * 100) / 100, unit: 'posts/week' as const,
        threshold: { pass, couldImprove, direction: 'higher' as const },
      },
      countMetric('datedPosts', posts),
      { key: 'windowDays', value: window ? Math.round(days * 10) / 10 : null, unit: 'days' as const },
      // context, not judged: the window ends at the newest post, however old it is
      {
        key: 'daysSinceLatestPost',
        value: window ? Math.max(0, Math.round(((ctx.now.getTime() - Date.parse(window.to)) / 86_400_000) * 10) / 10) : null,
        unit: 'days' as const,
      },
    ];
    // The newest and the oldest post show where the window starts and ends.
    const evidence = window
      ? [window.dated[window.dated.length - 1], window.dated[0]]
          .filter((entry, i, all) => all.indexOf(entry) === i)
          .slice(0, MAX_EVIDENCE)
          .map(({ post }) => postEvidence(post, [], post.time?.raw))
      : [];
    if (!window || posts < minPosts || days < minDays) {
      return {
        status: 'unknown',
        message: window
          ? message('claim.H1.unknown.short', { posts, days: Math.round(days * 10) / 10, minPosts, minDays })
          : message('claim.H1.unknown.noDates', { posts: snapshot.posts.length }),
        metrics,
        evidence,
      };
    }
    const status = cadenceStatus(rate!, pass, couldImprove);
    // When post times are intervals, the rate is itself an interval: say so if its ends disagree.
    const rateHigh = window.daysMin > 0 ? (posts / window.daysMin) * 7 : Infinity;
    const rateLow = (posts / window.daysMax) * 7;
    const coarseTimes = window.coarse
      && cadenceStatus(rateHigh, pass, couldImprove) !== cadenceStatus(rateLow, pass, couldImprove);
    return {
      status,
      message: message(`claim.H1.${status}`, { rate: Math.round(rate! * 10) / 10, posts, days: Math.round(days) }),
      metrics,
      evidence,
      coarseTimes,
    };
  },
};
