import type { ClaimDefinition } from './types';
import { judgeTextShare } from './text-rate';
import { analyzedPosts } from './post-analysis';

/** H3 «uformelle og engasjerende innlegg»: share of posts in an informal tone, plus engagement for context. */
export const h3InformalTone: ClaimDefinition = {
  id: 'H3',
  defaults: { passPercent: 60, couldImprovePercent: 30, minTextPosts: 5 },
  judge(snapshot, ctx) {
    const output = judgeTextShare('H3', 'informal', snapshot, ctx);
    // Engagement is reported, not judged: the report gives no threshold for it.
    const counted = analyzedPosts(snapshot)
      .map(({ post }) => post.counts)
      .filter((c) => c.reactions !== null || c.comments !== null || c.shares !== null);
    if (counted.length > 0) {
      const total = counted.reduce((sum, c) => sum + (c.reactions ?? 0) + (c.comments ?? 0) + (c.shares ?? 0), 0);
      const perPost = total / counted.length;
      output.metrics.push({ key: 'interactionsPerPost', value: Math.round(perPost * 10) / 10, unit: 'count' });
      const followers = snapshot.page.followers;
      if (followers) {
        output.metrics.push({ key: 'engagementRate', value: Math.round((perPost / followers) * 100_000) / 1000, unit: 'percent' });
      }
    }
    return output;
  },
};
