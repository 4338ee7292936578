import type { ClaimDefinition } from './types';
import { judgeTextShare } from './text-rate';

/** H5 «bruker du-form»: share of posts that address the reader personally. */
export const h5DuForm: ClaimDefinition = {
  id: 'H5',
  defaults: { passPercent: 50, couldImprovePercent: 20, minTextPosts: 5 },
  judge: (snapshot, ctx) => judgeTextShare('H5', 'duForm', snapshot, ctx),
};
