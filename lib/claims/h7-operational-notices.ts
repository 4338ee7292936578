import type { ClaimDefinition, ClaimStatus } from './types';
import { analyzedPosts } from './post-analysis';
import { observedWindow } from './observed-window';
import { intervalOf, midpoint, WEEK_MS } from './time-interval';
import { MAX_EVIDENCE, countMetric, isoDay, message, postEvidence, threshold } from './judge-helpers';

/**
 * H7 «informerer om driftsmeldinger»: pass with a notice in the last `recentWeeks` weeks (ending at
 * the audit's `now`); could-improve with only older ones, or none in a window shorter than
 * `poorWindowWeeks`; poor with none in a window at least that long.
 */
export const h7OperationalNotices: ClaimDefinition = {
  id: 'H7',
  defaults: { recentWeeks: 4, poorWindowWeeks: 8, minTextPosts: 5 },
  judge(snapshot, ctx) {
    const recentWeeks = threshold(ctx.thresholds, 'recentWeeks');
    const poorWindowWeeks = threshold(ctx.thresholds, 'poorWindowWeeks');
    const minTextPosts = threshold(ctx.thresholds, 'minTextPosts');
    const window = observedWindow(snapshot);
    const posts = analyzedPosts(snapshot);
    const notices = posts.filter((entry) => entry.analysis.labels.operational.hit);
    const cutoff = ctx.now.getTime() - recentWeeks * WEEK_MS;

    const dated = notices
      .filter(({ post }) => post.time)
      .map((entry) => ({ ...entry, interval: intervalOf(entry.post.time!) }))
      .sort((a, b) => midpoint(b.interval) - midpoint(a.interval));
    const newest = dated[0] ?? null;
    const windowWeeks = window ? window.days / 7 : 0;
    const weeksSinceNewest = newest ? (ctx.now.getTime() - midpoint(newest.interval)) / WEEK_MS : null;

    const metrics = [
      countMetric('noticePosts', notices.length),
      {
        key: 'weeksSinceLatestNotice', value: weeksSinceNewest === null ? null : Math.round(weeksSinceNewest * 10) / 10,
        // no gauge: «could-improve» covers a notice of any age, so there is no second threshold to draw
        unit: 'weeks' as const,
      },
      { key: 'windowWeeks', value: window ? Math.round(windowWeeks * 10) / 10 : null, unit: 'weeks' as const },
    ];
    // newest first: the notice that decides the verdict leads
    const ordered = [...dated, ...notices.filter(({ post }) => !post.time)];
    const evidence = ordered.slice(0, MAX_EVIDENCE).map(({ post, analysis }) => postEvidence(post, analysis.labels.operational.matched));

    if (newest) {
      const recent = midpoint(newest.interval) >= cutoff;
      // A notice whose interval straddles the cut-off could fall on either side of it.
      const coarseTimes = newest.interval.from < cutoff && newest.interval.to >= cutoff;
      const status: ClaimStatus = recent ? 'pass' : 'could-improve';
      return {
        status,
        message: message(recent ? 'claim.H7.pass' : 'claim.H7.could-improve.older', {
          date: isoDay(midpoint(newest.interval)), notices: notices.length, weeks: recentWeeks,
        }),
        metrics,
        evidence,
        coarseTimes,
      };
    }
    if (notices.length > 0) {
      // Notices found but none dated: they exist, their age is unknown.
      return { status: 'could-improve', message: message('claim.H7.could-improve.undated', { notices: notices.length }), metrics, evidence };
    }
    if (!window || posts.length < minTextPosts) {
      return { status: 'unknown', message: message('claim.unknown.fewTextPosts', { n: posts.length, min: minTextPosts }), metrics, evidence };
    }
    const longEnough = window.days >= poorWindowWeeks * 7;
    const status: ClaimStatus = longEnough ? 'poor' : 'could-improve';
    const coarseTimes = window.coarse && (window.daysMin >= poorWindowWeeks * 7) !== (window.daysMax >= poorWindowWeeks * 7);
    return {
      status,
      message: message(longEnough ? 'claim.H7.poor' : 'claim.H7.could-improve.shortWindow', {
        weeks: Math.round(windowWeeks * 10) / 10, min: poorWindowWeeks, posts: posts.length,
      }),
      metrics,
      evidence,
      coarseTimes,
    };
  },
};
