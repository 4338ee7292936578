import { analyzeText, type TextAnalysis, type TextLabel } from '../text/index';
import type { PageSnapshot, Post } from '../snapshot/schema';
import { windowPosts } from './observed-window';

export interface AnalyzedPost {
  post: Post;
  analysis: TextAnalysis;
}

const memo = new WeakMap<PageSnapshot, AnalyzedPost[]>();

/**
 * The window's posts that have text, each analysed once per snapshot: five claims read the same
 * labels, and the whole judge must stay fast on a thousand posts.
 */
export function analyzedPosts(snapshot: PageSnapshot): AnalyzedPost[] {
  let analysed = memo.get(snapshot);
  if (!analysed) {
    analysed = windowPosts(snapshot.posts)
      .filter((post) => post.text.trim() !== '')
      .map((post) => ({
        post,
        analysis: analyzeText(post.text, { mentions: post.mentions, hasPoll: post.hasPoll }),
      }));
    memo.set(snapshot, analysed);
  }
  return analysed;
}

export function postsWithLabel(snapshot: PageSnapshot, label: TextLabel): AnalyzedPost[] {
  return analyzedPosts(snapshot).filter((entry) => entry.analysis.labels[label].hit);
}
