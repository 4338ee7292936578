import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../lib/text/index', async () => import('./fake-text'));
import { h7OperationalNotices } from '../../../lib/claims/h7-operational-notices';
import { coarse, makePost, makeSnapshot, postsEvery } from './make-snapshot';
import { NOW, judgeOne, metric } from './judge-one';

const CUTOFF = new Date(NOW.getTime() - 28 * 86_400_000).toISOString(); // 4 weeks before the audit

/** Ordinary posts every `everyHours` from 12 March back, plus extra posts. */
const feed = (count: number, everyHours: number, ...extra: ReturnType<typeof makePost>[]) =>
  makeSnapshot({ posts: [...postsEvery(count, everyHours), ...extra] });

describe('H7 operational notices', () => {
  it('passes with a notice in the last 4 weeks', () => {
    const notice = makePost({ at: '2026-03-01T07:00:00Z', text: 'Vannbrudd i Storgata [operational]' });
    const result = judgeOne(h7OperationalNotices, feed(6, 24, notice));
    expect(result.status).toBe('pass');
    expect(result.evidence[0]).toMatchObject({ postId: notice.id, matched: ['operational'] });
    expect(result.summary).toContain('2026-03-01');
  });

  it('passes with a notice exactly 4 weeks old, is could-improve a minute older', () => {
    expect(judgeOne(h7OperationalNotices, feed(6, 24, makePost({ at: CUTOFF, text: '[operational]' }))).status).toBe('pass');
    const older = new Date(Date.parse(CUTOFF) - 60_000).toISOString();
    const result = judgeOne(h7OperationalNotices, feed(6, 24, makePost({ at: older, text: '[operational]' })));
    expect(result.status).toBe('could-improve');
    expect(result.message.key).toBe('claim.H7.could-improve.older');
  });

  it('is could-improve with none in a window shorter than 8 weeks', () => {
    const result = judgeOne(h7OperationalNotices, feed(56, 24)); // 55 days
    expect(result.status).toBe('could-improve');
    expect(result.message.key).toBe('claim.H7.could-improve.shortWindow');
  });

  it('is poor with none in exactly 8 weeks of posts', () => {
    const result = judgeOne(h7OperationalNotices, feed(57, 24)); // 56 days
    expect(result.status).toBe('poor');
    expect(metric(result, 'windowWeeks')).toBe(8);
  });

  it('is unknown with none among fewer than 5 posts with text', () => {
    expect(judgeOne(h7OperationalNotices, feed(4, 24 * 20)).status).toBe('unknown');
  });

  it('is could-improve when notices exist but carry no date', () => {
    const result = judgeOne(h7OperationalNotices, feed(6, 24, makePost({ text: 'Stengt vei [operational]' })));
    expect(result.status).toBe('could-improve');
    expect(result.message.key).toBe('claim.H7.could-improve.undated');
  });

  it('uses the recentWeeks override', () => {
    const notice = makePost({ at: '2026-03-01T07:00:00Z', text: '[operational]' });
    expect(judgeOne(h7OperationalNotices, feed(6, 24, notice), { H7: { recentWeeks: 1 } }).status).toBe('could-improve');
  });

  it('flags coarse times when a notice’s day straddles the 4-week cut-off', () => {
    const from = new Date(Date.parse(CUTOFF) - 6 * 3_600_000).toISOString();
    const result = judgeOne(h7OperationalNotices, feed(6, 24, makePost({ time: coarse(from, 24), text: '[operational]' })));
    expect(result.status).toBe('pass');
    expect(result.coarseTimes).toBe(true);
  });
});
