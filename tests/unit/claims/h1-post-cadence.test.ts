import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../lib/text/index', async () => import('./fake-text'));
import { h1PostCadence } from '../../../lib/claims/h1-post-cadence';
import { computeObservedWindow } from '../../../lib/claims/observed-window';
import { coarse, makePost, makeSnapshot, postsEvery } from './make-snapshot';
import { judgeOne, metric } from './judge-one';

// n posts spread over d days measure n / d × 7 posts a week: 8 posts every 48 h span 14 days = 4 a week.
const snapshotOf = (count: number, everyHours: number) => makeSnapshot({ posts: postsEvery(count, everyHours) });

describe('H1 post cadence', () => {
  it('passes above four posts a week', () => {
    const result = judgeOne(h1PostCadence, snapshotOf(9, 42)); // 9 over 14 days = 4.5
    expect(result.status).toBe('pass');
    expect(metric(result, 'postsPerWeek')).toBe(4.5);
    expect(result.summary).toContain('4,5 innlegg i uken');
    expect(metric(result, 'daysSinceLatestPost')).toBe(1.1); // newest 12 March 10:00, judged 13 March 12:00
  });

  it('is could-improve at exactly four a week (the report says «more than four»)', () => {
    const result = judgeOne(h1PostCadence, snapshotOf(8, 48));
    expect(metric(result, 'postsPerWeek')).toBe(4);
    expect(result.status).toBe('could-improve');
  });

  it('is could-improve at exactly two a week, poor below', () => {
    expect(judgeOne(h1PostCadence, snapshotOf(4, 112)).status).toBe('could-improve'); // 4 over 14 days = 2
    const poor = judgeOne(h1PostCadence, snapshotOf(3, 168)); // 3 over 14 days = 1.5
    expect(poor.status).toBe('poor');
    expect(metric(poor, 'postsPerWeek')).toBe(1.5);
  });

  it('is unknown under 7 days or under 3 dated posts, and judges at exactly 7 days and 3 posts', () => {
    const short = judgeOne(h1PostCadence, snapshotOf(5, 41)); // 6.8 days
    expect(short.status).toBe('unknown');
    expect(short.summary).toContain('For lite å måle på');
    expect(judgeOne(h1PostCadence, snapshotOf(2, 14 * 24)).status).toBe('unknown');
    expect(judgeOne(h1PostCadence, snapshotOf(3, 84)).status).toBe('could-improve'); // 3 over 7 days
  });

  it('is unknown, never poor, when no post has a date', () => {
    const result = judgeOne(h1PostCadence, makeSnapshot({ posts: [makePost(), makePost()] }));
    expect(result.status).toBe('unknown');
    expect(result.message.key).toBe('claim.H1.unknown.noDates');
  });

  it('honours threshold overrides', () => {
    expect(judgeOne(h1PostCadence, snapshotOf(9, 42), { H1: { passPostsPerWeek: 5 } }).status).toBe('could-improve');
  });

  it('says when the verdict rests on coarse times', () => {
    // 8 posts known only to a day each: the span is 13–15 days, so the rate is 3.7–4.3, across the threshold
    const posts = postsEvery(8, 48).map((post) => ({ ...post, time: coarse(post.time!.from, 24) }));
    const result = judgeOne(h1PostCadence, makeSnapshot({ posts }));
    expect(result.coarseTimes).toBe(true);
    expect(result.summary).toContain('omtrentlig');
    // far from a threshold, the same coarseness does not matter
    const clear = postsEvery(20, 24).map((post) => ({ ...post, time: coarse(post.time!.from, 24) }));
    expect(judgeOne(h1PostCadence, makeSnapshot({ posts: clear })).coarseTimes).toBe(false);
  });

  it('lists the newest and oldest post of the window as evidence', () => {
    const posts = postsEvery(9, 42);
    const result = judgeOne(h1PostCadence, makeSnapshot({ posts }));
    expect(result.evidence.map((e) => e.postId)).toEqual([posts[0].id, posts[8].id]);
  });
});

describe('observed window', () => {
  it('runs from the first to the last dated post and counts them', () => {
    const posts = [...postsEvery(5, 24), makePost({ time: null })];
    const window = computeObservedWindow(posts)!;
    expect(window.days).toBe(4);
    expect(window.posts).toBe(6);
    expect(window.datedPosts).toBe(5);
    expect(window.to).toBe('2026-03-12T10:00:00.000Z');
    expect(window.from).toBe('2026-03-08T10:00:00.000Z');
    expect(window.coarse).toBe(false);
  });

  it('leaves out a pinned post older than the feed, keeps a recent pinned one', () => {
    const feed = postsEvery(5, 24);
    const oldPinned = makePost({ at: '2025-01-01T10:00:00Z', pinned: true });
    expect(computeObservedWindow([oldPinned, ...feed])!.days).toBe(4);
    const recentPinned = makePost({ at: '2026-03-10T10:00:00Z', pinned: true });
    expect(computeObservedWindow([recentPinned, ...feed])!.datedPosts).toBe(6);
  });

  it('carries interval ends: the least and most the span can be', () => {
    const posts = [makePost({ time: coarse('2026-03-01T00:00:00Z', 24) }), makePost({ time: coarse('2026-03-11T00:00:00Z', 24) })];
    const window = computeObservedWindow(posts)!;
    expect([window.daysMin, window.days, window.daysMax]).toEqual([9, 10, 11]);
    expect(window.coarse).toBe(true);
  });

  it('is null without dated posts', () => {
    expect(computeObservedWindow([makePost()])).toBeNull();
  });
});
