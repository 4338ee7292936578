import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../lib/text/index', async () => import('./fake-text'));
import { h2ReplyTime, pairQuestions } from '../../../lib/claims/h2-reply-time';
import type { CommentData } from '../../../lib/snapshot/schema';
import { coarse, makeComment, makePost, makeSnapshot } from './make-snapshot';
import { judgeOne, metric } from './judge-one';

// Questions on Monday 9 March 2026 09:00Z; replies `hours` weekday hours later (no holidays that month).
const ASKED = Date.parse('2026-03-09T09:00:00Z');
const at = (hours: number) => {
  // skip the weekend so `hours` stays weekday hours: Mon 09:00Z + 100 h lands Friday 13:00Z
  return new Date(ASKED + hours * 3_600_000).toISOString();
};

function question(replyAfterHours: number | null, name = 'Kari Nordmann'): CommentData {
  return makeComment({
    author: name,
    text: 'Når åpner bassenget igjen?',
    at: at(0),
    replies: replyAfterHours === null ? [] : [makeComment({ author: 'Testkommune', authorIsPage: true, text: 'Hei! Mandag.', at: at(replyAfterHours) })],
  });
}

function snapshotWith(comments: CommentData[]) {
  return makeSnapshot({
    capturedAt: '2026-03-27T12:00:00Z',
    posts: [makePost({ at: '2026-03-09T08:00:00Z', comments }), makePost({ at: '2026-03-02T08:00:00Z' })],
  });
}

describe('H2 reply time', () => {
  it('passes at exactly 75 % answered with a median of exactly 24 weekday hours', () => {
    const result = judgeOne(h2ReplyTime, snapshotWith([question(2), question(24), question(30), question(null)]));
    expect(metric(result, 'answeredShare')).toBe(75);
    expect(metric(result, 'medianDelay')).toBe(24);
    expect(result.status).toBe('pass');
    expect(result.summary).toContain('3 av 4 spørsmål');
  });

  it('is could-improve when the median is just over 24 hours', () => {
    const result = judgeOne(h2ReplyTime, snapshotWith([question(2), question(25), question(30), question(null)]));
    expect(result.status).toBe('could-improve');
  });

  it('is could-improve at exactly 50 % answered even when slow', () => {
    const result = judgeOne(h2ReplyTime, snapshotWith([question(100), question(100), question(null), question(null)]));
    expect(result.status).toBe('could-improve');
  });

  it('is could-improve with few answers when the median is exactly 72 hours, poor above', () => {
    expect(judgeOne(h2ReplyTime, snapshotWith([question(72), question(null), question(null), question(null)])).status).toBe('could-improve');
    const poor = judgeOne(h2ReplyTime, snapshotWith([question(73), question(null), question(null), question(null)]));
    expect(poor.status).toBe('poor');
    expect(metric(poor, 'answeredShare')).toBe(25);
  });

  it('is poor when no question got an answer', () => {
    const result = judgeOne(h2ReplyTime, snapshotWith([question(null), question(null), question(null)]));
    expect(result.status).toBe('poor');
    expect(result.message.key).toBe('claim.H2.poor.none');
    expect(result.evidence.every((e) => e.note === 'evidence.unanswered')).toBe(true);
  });

  it('is unknown under 3 questions, and without comments', () => {
    const few = judgeOne(h2ReplyTime, snapshotWith([question(1), question(null)]));
    expect(few.status).toBe('unknown');
    expect(few.message.key).toBe('claim.H2.unknown.fewQuestions');
    const none = judgeOne(h2ReplyTime, snapshotWith([]));
    expect(none.status).toBe('unknown');
    expect(none.summary).toContain('Alle kommentarer');
  });

  it('is unknown, not poor, when answers have no readable times', () => {
    const untimed = [1, 2, 3].map(() => makeComment({
      text: 'Hvor leverer jeg hageavfall?',
      replies: [makeComment({ authorIsPage: true, text: 'På Rognstad.' })],
    }));
    const result = judgeOne(h2ReplyTime, snapshotWith(untimed));
    expect(result.status).toBe('unknown');
    expect(result.message.key).toBe('claim.H2.unknown.noTimes');
  });

  it('does not count comments that are not questions, or the page’s own questions', () => {
    const comments = [
      question(1), question(2), question(3),
      makeComment({ text: 'Flott bilde!', at: at(0) }),
      makeComment({ authorIsPage: true, text: 'Hva synes dere?', at: at(0) }),
    ];
    expect(metric(judgeOne(h2ReplyTime, snapshotWith(comments)), 'questions')).toBe(3);
  });

  it('pairs a later page comment that addresses the asker by name', () => {
    const comments = [
      makeComment({ author: 'Ola Hansen', text: 'Er veien åpen?', at: at(0) }),
      makeComment({ author: 'Testkommune', authorIsPage: true, text: 'Hei Ola, ja den er åpnet.', at: at(5) }),
    ];
    const [pair] = pairQuestions(snapshotWith(comments));
    expect(pair.reply?.text).toContain('Hei Ola');
    expect(pair.delay?.mid).toBe(5);
    // a page comment naming someone else does not answer Ola
    const other = [comments[0], makeComment({ authorIsPage: true, text: 'Takk, Per!', at: at(5) })];
    expect(pairQuestions(snapshotWith(other))[0].reply).toBeNull();
  });

  it('pairs a question inside a thread with a later page reply in that thread', () => {
    const thread = makeComment({
      text: 'Stengt i dag.',
      at: at(0),
      replies: [
        makeComment({ author: 'Per', authorIsPage: true, text: 'Info her.', at: at(1) }),
        makeComment({ author: 'Per Olsen', text: 'Hva med i morgen?', at: at(2) }),
        makeComment({ authorIsPage: true, text: 'Åpent i morgen.', at: at(6) }),
      ],
    });
    const pairs = pairQuestions(snapshotWith([thread]));
    expect(pairs).toHaveLength(1);
    expect(pairs[0].delay?.mid).toBe(4);
  });

  it('leaves out an unanswered question too young to have been answered at capture', () => {
    const young = makeComment({ text: 'Når kommer brøytebilen?', at: '2026-03-27T10:00:00Z' });
    const result = judgeOne(h2ReplyTime, snapshotWith([question(2), question(3), question(4), young]));
    expect(metric(result, 'pendingQuestions')).toBe(1);
    expect(metric(result, 'answeredShare')).toBe(100);
  });

  it('flags coarse times when the interval of the median crosses a threshold', () => {
    const coarseReply = (hours: number) => makeComment({
      text: 'Når tømmes søpla?', at: at(0),
      replies: [makeComment({ authorIsPage: true, text: 'Onsdag.', time: coarse(at(hours), 24) })],
    });
    const result = judgeOne(h2ReplyTime, snapshotWith([coarseReply(10), coarseReply(12), coarseReply(14)]));
    expect(result.coarseTimes).toBe(true);
    expect(metric(result, 'medianDelayMin')).toBe(12);
    expect(metric(result, 'medianDelayMax')).toBe(36);
    expect(result.summary).toContain('omtrentlig');
  });

  it('shows the page’s messaging reply speed as evidence when read', () => {
    const snapshot = makeSnapshot({ page: { messaging: { offered: true, replySpeed: 'Svarer vanligvis innen en dag' } } });
    const result = judgeOne(h2ReplyTime, snapshot);
    expect(result.evidence[0]).toMatchObject({ kind: 'messaging', excerpt: 'Svarer vanligvis innen en dag' });
  });
});

describe('H2 with comments not all open', () => {
  // The post says 8 comments; 4 were read: the page's replies may be behind «Vis svar».
  const partly = (comments: CommentData[], shown: number) => makeSnapshot({
    capturedAt: '2026-03-27T12:00:00Z',
    posts: [makePost({ at: '2026-03-09T08:00:00Z', comments, counts: { reactions: null, comments: shown, shares: null } })],
  });

  it('is unknown, not poor, when the verdict depends on questions whose replies may be hidden', () => {
    const result = judgeOne(h2ReplyTime, partly([question(null), question(null), question(null), question(null)], 8));
    expect(result.status).toBe('unknown');
    expect(result.message.key).toBe('claim.H2.unknown.hiddenReplies');
    expect(metric(result, 'unverifiedQuestions')).toBe(4);
    expect(result.summary).toContain('Vis svar');
  });

  it('judges when the verdict is the same either way', () => {
    // 4 answered within a day plus 1 unverified: 80 % or 100 %, pass both ways
    const comments = [question(2), question(3), question(4), question(5), question(null)];
    const result = judgeOne(h2ReplyTime, partly(comments, 12));
    expect(result.status).toBe('pass');
    expect(metric(result, 'unverifiedQuestions')).toBe(1);
  });

  it('is unknown when the unverified questions, answered, would lift the verdict', () => {
    // 3 questions on a fully read post, unanswered; 3 more on a post with hidden replies
    const snapshot = makeSnapshot({
      capturedAt: '2026-03-27T12:00:00Z',
      posts: [
        makePost({ at: '2026-03-09T08:00:00Z', comments: [question(null), question(null), question(null)], counts: { reactions: null, comments: 3, shares: null } }),
        makePost({ at: '2026-03-02T08:00:00Z', comments: [question(null), question(null), question(null)], counts: { reactions: null, comments: 6, shares: null } }),
      ],
    });
    const result = judgeOne(h2ReplyTime, snapshot);
    expect(metric(result, 'unverifiedQuestions')).toBe(3);
    expect(result.status).toBe('unknown'); // 0 % at worst, 50 % at best
  });

  it('counts every unanswered question when all comments were read', () => {
    expect(judgeOne(h2ReplyTime, partly([question(null), question(null), question(null)], 3)).status).toBe('poor');
  });
});
