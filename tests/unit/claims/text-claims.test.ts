import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../lib/text/index', async () => import('./fake-text'));
import { h3InformalTone } from '../../../lib/claims/h3-informal-tone';
import { h4LocalPride } from '../../../lib/claims/h4-local-pride';
import { h5DuForm } from '../../../lib/claims/h5-du-form';
import { h6PraiseOthers } from '../../../lib/claims/h6-praise-others';
import { h10Dialogue } from '../../../lib/claims/h10-dialogue';
import type { ClaimDefinition } from '../../../lib/claims/types';
import { makePost, makeSnapshot, postsEvery } from './make-snapshot';
import { judgeOne, metric } from './judge-one';

/** `total` posts with text, the first `hits` carrying the label marker the fake analyser reads. */
function posts(label: string, hits: number, total: number) {
  return postsEvery(total, 24, (i) => (i < hits ? `Innlegg ${i} [${label}]` : `Innlegg ${i}`));
}

const shareCases: [string, ClaimDefinition, string, [number, number, string][]][] = [
  ['H3 informal tone', h3InformalTone, 'informal', [[3, 5, 'pass'], [6, 10, 'pass'], [5, 10, 'could-improve'], [3, 10, 'could-improve'], [2, 10, 'poor'], [0, 5, 'poor']]],
  ['H4 local pride', h4LocalPride, 'pride', [[1, 5, 'pass'], [3, 20, 'could-improve'], [1, 20, 'could-improve'], [0, 20, 'poor'], [1, 21, 'poor']]],
  ['H5 du-form', h5DuForm, 'duForm', [[5, 10, 'pass'], [4, 10, 'could-improve'], [2, 10, 'could-improve'], [1, 10, 'poor']]],
];

describe.each(shareCases)('%s', (_name, claim, label, cases) => {
  it.each(cases)('%i of %i posts → %s', (hits, total, status) => {
    const result = judgeOne(claim, makeSnapshot({ posts: posts(label, hits, total) }));
    expect(result.status).toBe(status);
    expect(metric(result, 'textPosts')).toBe(total);
    expect(result.evidence).toHaveLength(Math.min(hits, 10));
    expect(result.evidence.every((e) => e.matched.includes(label))).toBe(true);
  });

  it('is unknown with fewer than 5 posts with text, and says what to do', () => {
    const few = [...posts(label, 4, 4), makePost({ at: '2026-03-01T10:00:00Z', text: '   ' })];
    const result = judgeOne(claim, makeSnapshot({ posts: few }));
    expect(result.status).toBe('unknown');
    expect(result.summary).toContain('Bla lenger ned');
  });
});

describe('H3 engagement', () => {
  it('reports interactions per post and relative to followers, without judging them', () => {
    const withCounts = postsEvery(5, 24, () => 'Tekst [informal]').map((p) => ({ ...p, counts: { reactions: 10, comments: 4, shares: 1 } }));
    const result = judgeOne(h3InformalTone, makeSnapshot({ posts: withCounts, page: { followers: 1500 } }));
    expect(metric(result, 'interactionsPerPost')).toBe(15);
    expect(metric(result, 'engagementRate')).toBe(1);
  });
});

describe('H6 praise of others', () => {
  it('passes at exactly 10 %', () => {
    expect(judgeOne(h6PraiseOthers, makeSnapshot({ posts: posts('praise', 2, 20) })).status).toBe('pass');
  });
  it('is could-improve with at least one below 10 %', () => {
    const result = judgeOne(h6PraiseOthers, makeSnapshot({ posts: posts('praise', 1, 20) }));
    expect(result.status).toBe('could-improve');
    expect(result.evidence[0].matched).toEqual(['praise']);
  });
  it('is poor with none in exactly 20 posts', () => {
    expect(judgeOne(h6PraiseOthers, makeSnapshot({ posts: posts('praise', 0, 20) })).status).toBe('poor');
  });
  it('is unknown with none in 19 posts (too few to call it missing)', () => {
    const result = judgeOne(h6PraiseOthers, makeSnapshot({ posts: posts('praise', 0, 19) }));
    expect(result.status).toBe('unknown');
    expect(result.message.key).toBe('claim.H6.unknown.fewPosts');
  });
  it('passes with one in 5 posts, and is unknown under 5 posts with text', () => {
    expect(judgeOne(h6PraiseOthers, makeSnapshot({ posts: posts('praise', 1, 5) })).status).toBe('pass');
    expect(judgeOne(h6PraiseOthers, makeSnapshot({ posts: posts('praise', 1, 4) })).status).toBe('unknown');
  });
});

describe('H10 dialogue', () => {
  const snap = (hits: number, total: number, offered: boolean | null) =>
    makeSnapshot({ posts: posts('dialogue', hits, total), page: { messaging: { offered, replySpeed: null } } });

  it('passes at exactly 10 % inviting posts with messaging open', () => {
    const result = judgeOne(h10Dialogue, snap(1, 10, true));
    expect(result.status).toBe('pass');
    expect(metric(result, 'dialogueShare')).toBe(10);
    expect(metric(result, 'messagingOffered')).toBe(1);
  });
  it('is could-improve with invitations but no messaging', () => {
    const result = judgeOne(h10Dialogue, snap(2, 10, false));
    expect(result.status).toBe('could-improve');
    expect(result.message.key).toBe('claim.H10.could-improve.noMessaging');
  });
  it('is could-improve with messaging but under 10 % invitations', () => {
    const result = judgeOne(h10Dialogue, snap(1, 11, true));
    expect(result.status).toBe('could-improve');
    expect(result.message.key).toBe('claim.H10.could-improve.fewInvites');
  });
  it('is poor with neither', () => {
    expect(judgeOne(h10Dialogue, snap(0, 10, false)).status).toBe('poor');
  });
  it('is unknown when messaging could not be read, or with too little text', () => {
    expect(judgeOne(h10Dialogue, snap(5, 10, null)).status).toBe('unknown');
    expect(judgeOne(h10Dialogue, snap(4, 4, true)).status).toBe('unknown');
  });
  it('counts a poll as an invitation', () => {
    const withPoll = postsEvery(10, 24).map((p, i) => (i === 0 ? { ...p, hasPoll: true } : p));
    const result = judgeOne(h10Dialogue, makeSnapshot({ posts: withPoll, page: { messaging: { offered: true, replySpeed: null } } }));
    expect(result.status).toBe('pass');
  });
});
