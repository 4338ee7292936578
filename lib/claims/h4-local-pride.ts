import type { ClaimDefinition } from './types';
import { judgeTextShare } from './text-rate';

/** H4 «spiller på stoltheten til kommunen»: share of posts with local pride. */
export const h4LocalPride: ClaimDefinition = {
  id: 'H4',
  defaults: { passPercent: 20, couldImprovePercent: 5, minTextPosts: 5 },
  judge: (snapshot, ctx) => judgeTextShare('H4', 'pride', snapshot, ctx),
};
