import type { PageSnapshot, Post } from '../snapshot/schema';
import type { AuditWindow } from './report-schema';
import { DAY_MS, intervalOf, isCoarse, midpoint, type Interval } from './time-interval';

/** The observed window: first to last dated post seen, with the interval times carried along. */
export interface ObservedWindow {
  from: string;
  to: string;
  /** span between the first and the last post (midpoints), in days */
  days: number;
  /** the least and the most the span can be when post times are intervals */
  daysMin: number;
  daysMax: number;
  /** posts read (a pinned post older than the feed is left out) */
  posts: number;
  datedPosts: number;
  /** at least one dated post is known only to a day or coarser */
  coarse: boolean;
  /** the dated posts the window rests on, oldest first */
  dated: { post: Post; interval: Interval }[];
}

/**
 * The posts the rates are measured on. A pinned post sits on top whatever its age: when it is older
 * than everything else in the feed it would stretch the window, so it is left out.
 */
export function windowPosts(posts: Post[]): readonly Post[] {
  // five judges ask for the same posts' window: worked out once per posts array
  let kept = windowMemo.get(posts);
  if (!kept) windowMemo.set(posts, (kept = computeWindowPosts(posts)));
  return kept;
}

const windowMemo = new WeakMap<Post[], readonly Post[]>();

function computeWindowPosts(posts: Post[]): readonly Post[] {
  const unpinnedTimes = posts.filter((p) => !p.pinned && p.time).map((p) => midpoint(intervalOf(p.time!)));
  if (unpinnedTimes.length === 0) return posts;
  const earliest = Math.min(...unpinnedTimes);
  return posts.filter((p) => !p.pinned || !p.time || midpoint(intervalOf(p.time)) >= earliest);
}

export function computeObservedWindow(posts: Post[]): ObservedWindow | null {
  const kept = windowPosts(posts);
  const dated = kept
    .filter((post) => post.time !== null)
    .map((post) => ({ post, interval: intervalOf(post.time!) }))
    .sort((a, b) => midpoint(a.interval) - midpoint(b.interval));
  if (dated.length === 0) return null;
  const first = dated[0].interval;
  const last = dated[dated.length - 1].interval;
  let latestFrom = -Infinity;
  let earliestTo = Infinity;
  let earliestFrom = Infinity;
  let latestTo = -Infinity;
  for (const { interval } of dated) {
    latestFrom = Math.max(latestFrom, interval.from);
    earliestTo = Math.min(earliestTo, interval.to);
    earliestFrom = Math.min(earliestFrom, interval.from);
    latestTo = Math.max(latestTo, interval.to);
  }
  return {
    from: new Date(midpoint(first)).toISOString(),
    to: new Date(midpoint(last)).toISOString(),
    days: (midpoint(last) - midpoint(first)) / DAY_MS,
    daysMin: Math.max(0, latestFrom - earliestTo) / DAY_MS,
    daysMax: (latestTo - earliestFrom) / DAY_MS,
    posts: kept.length,
    datedPosts: dated.length,
    coarse: dated.some(({ interval }) => isCoarse(interval)),
    dated,
  };
}

const memo = new WeakMap<PageSnapshot, ObservedWindow | null>();

/** The window of a snapshot, computed once per snapshot object. */
export function observedWindow(snapshot: PageSnapshot): ObservedWindow | null {
  if (!memo.has(snapshot)) memo.set(snapshot, computeObservedWindow(snapshot.posts));
  return memo.get(snapshot) ?? null;
}

/** The window as the report states it. */
export function toAuditWindow(window: ObservedWindow | null): AuditWindow | null {
  if (!window) return null;
  return { from: window.from, to: window.to, days: window.days, posts: window.posts, datedPosts: window.datedPosts };
}
