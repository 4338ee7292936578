import { describe, expect, it } from 'vitest';
import { progressFraction } from '../../../entrypoints/popup/use-audit';

describe('progressFraction', () => {
  const now = Date.parse('2026-03-12T10:00:00Z');
  it('is unknown until something was found', () => {
    expect(progressFraction({ kind: 'weeks', weeks: 4 }, null, now)).toBeNull();
    expect(progressFraction({ kind: 'weeks', weeks: 4 }, { postsFound: 3, oldest: null, phase: 'scroll' }, now)).toBeNull();
  });
  it('follows the oldest date reached for a depth in weeks, capped at 1', () => {
    expect(progressFraction({ kind: 'weeks', weeks: 4 }, { postsFound: 9, oldest: '2026-02-26T10:00:00Z', phase: 'scroll' }, now)).toBeCloseTo(0.5);
    expect(progressFraction({ kind: 'weeks', weeks: 4 }, { postsFound: 30, oldest: '2025-12-01T10:00:00Z', phase: 'scroll' }, now)).toBe(1);
  });
  it('follows the posts found for a depth in posts', () => {
    expect(progressFraction({ kind: 'posts', posts: 50 }, { postsFound: 10, oldest: null, phase: 'scroll' }, now)).toBeCloseTo(0.2);
  });
});
