import type { CommentSpec, PageSpec, PostSpec } from '../fixtures/builder/page-spec';
import { fjordvikSpec } from '../fixtures/demo/fjordvik';

/**
 * A page as large as the benchmarks need: the demo's posts and comments repeated with new ids,
 * one post every `hoursApart` hours back from `now`, `commentsPerPost` comments each.
 */
export function largeSpec(now: Date, posts: number, commentsPerPost: number, hoursApart = 6): PageSpec {
  const demo = fjordvikSpec(now);
  const texts = demo.posts.map((p) => p.text);
  const commentPool: CommentSpec[] = demo.posts.flatMap((p) => p.comments ?? []);
  let id = 0;
  const out: PostSpec[] = [];
  for (let i = 0; i < posts; i++) {
    const at = new Date(now.getTime() - (i + 1) * hoursApart * 3600_000);
    const comments: CommentSpec[] = [];
    for (let j = 0; j < commentsPerPost; j++) {
      const model = commentPool[(i * commentsPerPost + j) % commentPool.length];
      comments.push({
        id: `bc${++id}`,
        author: model.author,
        isPage: model.isPage,
        text: model.text,
        at: new Date(at.getTime() + (j + 1) * 20 * 60_000).toISOString(),
      });
    }
    out.push({ id: `bench-${i}`, at: at.toISOString(), text: texts[i % texts.length], reactions: (i * 7) % 90, shares: i % 11, comments });
  }
  return { ...demo, posts: out };
}
