import type { TextLabel } from '../text/index';
import type { PageSnapshot } from '../snapshot/schema';
import type { ClaimId, JudgeContext, JudgeOutput } from './types';
import { analyzedPosts } from './post-analysis';
import { MAX_EVIDENCE, countMetric, message, percent, percentMetric, postEvidence, shareStatus, threshold } from './judge-helpers';

/**
 * The share of posts with text that carry a label (H3, H4, H5): unknown under `minTextPosts`,
 * else pass / could-improve / poor by the two percentage thresholds.
 */
export function judgeTextShare(id: ClaimId, label: TextLabel, snapshot: PageSnapshot, ctx: JudgeContext): JudgeOutput {
  const pass = threshold(ctx.thresholds, 'passPercent');
  const couldImprove = threshold(ctx.thresholds, 'couldImprovePercent');
  const minTextPosts = threshold(ctx.thresholds, 'minTextPosts');
  const posts = analyzedPosts(snapshot);
  const hits = posts.filter((entry) => entry.analysis.labels[label].hit);
  const metrics = [
    percentMetric(`${label}Share`, hits.length, posts.length, pass, couldImprove),
    countMetric('textPosts', posts.length),
    countMetric(`${label}Posts`, hits.length),
  ];
  const evidence = hits
    .slice(0, MAX_EVIDENCE)
    .map(({ post, analysis }) => postEvidence(post, analysis.labels[label].matched));
  if (posts.length < minTextPosts) {
    return {
      status: 'unknown',
      message: message('claim.unknown.fewTextPosts', { n: posts.length, min: minTextPosts }),
      metrics,
      evidence,
    };
  }
  const status = shareStatus(hits.length, posts.length, pass, couldImprove);
  return {
    status,
    message: message(`claim.${id}.${status}`, { share: percent(hits.length, posts.length), hits: hits.length, posts: posts.length }),
    metrics,
    evidence,
  };
}
