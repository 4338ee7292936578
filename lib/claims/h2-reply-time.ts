import { citizenQuestionEvidence } from '../text/index';
import type { CommentData, PageSnapshot, Post } from '../snapshot/schema';
import type { ClaimDefinition, ClaimStatus, Evidence, Metric } from './types';
import { windowPosts } from './observed-window';
import { intervalOf, isCoarse, median, midpoint } from './time-interval';
import { weekdayHoursBetween } from './weekday-hours';
import { MAX_EVIDENCE, excerpt, message, percent, threshold } from './judge-helpers';

/** A citizen's question and the page's first reply to it. */
export interface QuestionPair {
  post: Post;
  question: CommentData;
  matched: string[];
  reply: CommentData | null;
  /** weekday hours from question to reply: least, most and midpoint estimate (null when a time is missing) */
  delay: { min: number; max: number; mid: number } | null;
  coarse: boolean;
}

const NO_REPLIES: CommentData[] = [];

/** Flattens a thread (a top-level comment's replies, at any depth) in reading order. */
function flatten(replies: CommentData[]): CommentData[] {
  if (replies.length === 0) return NO_REPLIES; // most comments have none: no arrays to make
  return replies.flatMap((reply) => [reply, ...flatten(reply.replies)]);
}

function isAfter(later: CommentData, earlier: CommentData): boolean {
  if (!later.time || !earlier.time) return true; // order on the page is all we have
  return intervalOf(later.time).to >= intervalOf(earlier.time).from;
}

function earliest(candidates: CommentData[]): CommentData | null {
  if (candidates.length === 0) return null;
  const timed = candidates.filter((c) => c.time);
  if (timed.length === 0) return candidates[0];
  return timed.reduce((best, c) => (midpoint(intervalOf(c.time!)) < midpoint(intervalOf(best.time!)) ? c : best));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern that finds a first name in a text, compiled once per name and judge run (a run has few names, many comments). */
type NamePatterns = Map<string, RegExp>;

/** A page comment outside the thread answers a citizen when it names them («@Kari», «Hei Kari»). */
function addresses(comment: CommentData, author: string | null, names: NamePatterns): boolean {
  if (!author) return false;
  const first = author.trim().split(/\s+/)[0];
  if (!first || first.length < 2) return false;
  let re = names.get(first);
  if (!re) names.set(first, (re = new RegExp(`(^|[^\\p{L}])@?${escapeRegExp(first)}(?![\\p{L}])`, 'iu')));
  return re.test(comment.text);
}

function delayOf(question: CommentData, reply: CommentData | null): Pick<QuestionPair, 'delay' | 'coarse'> {
  if (!reply || !question.time || !reply.time) return { delay: null, coarse: false };
  const q = intervalOf(question.time);
  const r = intervalOf(reply.time);
  const mid = weekdayHoursBetween(midpoint(q), midpoint(r));
  const exact = q.from === q.to && r.from === r.to;
  return {
    delay: exact ? { min: mid, max: mid, mid } : { min: weekdayHoursBetween(q.to, r.from), max: weekdayHoursBetween(q.from, r.to), mid },
    coarse: isCoarse(q) || isCoarse(r),
  };
}

/** Every citizen question in the window's comments, paired with the page's first reply. */
export function pairQuestions(snapshot: PageSnapshot): QuestionPair[] {
  const pairs: QuestionPair[] = [];
  const names: NamePatterns = new Map();
  for (const post of windowPosts(snapshot.posts)) {
    post.comments.forEach((comment, index) => {
      const thread = flatten(comment.replies);
      if (!comment.authorIsPage) {
        const matched = citizenQuestionEvidence(comment.text);
        if (matched) {
          let reply = earliest(thread.filter((r) => r.authorIsPage && isAfter(r, comment)));
          reply ??= earliest(
            post.comments.slice(index + 1).filter((c) => c.authorIsPage && isAfter(c, comment) && addresses(c, comment.author, names)),
          );
          pairs.push({ post, question: comment, matched, reply, ...delayOf(comment, reply) });
        }
      }
      // A question asked inside a thread is answered by a later page reply in the same thread.
      thread.forEach((inner, at) => {
        if (inner.authorIsPage) return;
        const matched = citizenQuestionEvidence(inner.text);
        if (!matched) return;
        const reply = earliest(thread.slice(at + 1).filter((r) => r.authorIsPage && isAfter(r, inner)));
        pairs.push({ post, question: inner, matched, reply, ...delayOf(inner, reply) });
      });
    });
  }
  return pairs;
}

function countComments(comments: CommentData[]): number {
  return comments.reduce((sum, c) => sum + 1 + countComments(c.replies), 0);
}

/** H2 «svarer raskt»: share of citizen questions answered, and the median delay in weekday hours. */
export const h2ReplyTime: ClaimDefinition = {
  id: 'H2',
  defaults: {
    passAnsweredPercent: 75,
    passMedianHours: 24,
    couldImproveAnsweredPercent: 50,
    couldImproveMedianHours: 72,
    minQuestions: 3,
  },
  judge(snapshot, ctx) {
    const passShare = threshold(ctx.thresholds, 'passAnsweredPercent');
    const passHours = threshold(ctx.thresholds, 'passMedianHours');
    const ciShare = threshold(ctx.thresholds, 'couldImproveAnsweredPercent');
    const ciHours = threshold(ctx.thresholds, 'couldImproveMedianHours');
    const minQuestions = threshold(ctx.thresholds, 'minQuestions');
    const capturedAt = Date.parse(snapshot.capturedAt);

    const all = pairQuestions(snapshot);
    // An unanswered question younger than the pass delay at capture cannot count against the page yet
    // (the count stops at passHours: an old question need not walk every day since)
    const pending = new Set(all.filter(
      (p) => !p.reply && p.question.time && weekdayHoursBetween(intervalOf(p.question.time).to, capturedAt, passHours) < passHours,
    ));
    const pairs = all.filter((p) => !pending.has(p));
    const answered = pairs.filter((p) => p.reply);
    // A post showing more comments than were read may hide the page's reply behind «Vis svar»:
    // its unanswered questions are not verified.
    const hiding = new Set(windowPosts(snapshot.posts).filter((post) => post.counts.comments !== null && countComments(post.comments) < post.counts.comments));
    const unverified = pairs.filter((p) => !p.reply && hiding.has(p.post));
    const timed = answered.filter((p) => p.delay);
    const med = median(timed.map((p) => p.delay!.mid));
    const medMin = median(timed.map((p) => p.delay!.min));
    const medMax = median(timed.map((p) => p.delay!.max));
    const share = percent(answered.length, pairs.length);

    const metrics: Metric[] = [
      { key: 'answeredShare', value: pairs.length ? share : null, unit: 'percent', threshold: { pass: passShare, couldImprove: ciShare, direction: 'higher' } },
      { key: 'medianDelay', value: med === null ? null : Math.round(med * 10) / 10, unit: 'hours', threshold: { pass: passHours, couldImprove: ciHours, direction: 'lower' } },
      { key: 'questions', value: pairs.length, unit: 'count' },
      { key: 'answered', value: answered.length, unit: 'count' },
      { key: 'pendingQuestions', value: pending.size, unit: 'count' },
      { key: 'unverifiedQuestions', value: unverified.length, unit: 'count' },
    ];
    if (timed.some((p) => p.coarse)) {
      metrics.push({ key: 'medianDelayMin', value: Math.round(medMin! * 10) / 10, unit: 'hours' });
      metrics.push({ key: 'medianDelayMax', value: Math.round(medMax! * 10) / 10, unit: 'hours' });
    }

    const evidence: Evidence[] = [];
    if (snapshot.page.messaging.replySpeed) {
      evidence.push({ kind: 'messaging', excerpt: excerpt(snapshot.page.messaging.replySpeed), matched: [] });
    }
    // Unanswered questions first: they are what a user most wants to check.
    for (const p of [...pairs.filter((p) => !p.reply), ...answered].slice(0, MAX_EVIDENCE)) {
      evidence.push({
        kind: 'comment',
        postId: p.post.id,
        commentId: p.question.id,
        permalink: p.question.permalink ?? p.post.permalink,
        excerpt: excerpt(p.question.text),
        matched: p.matched.slice(0, 10),
        note: p.reply ? (p.delay ? `evidence.answeredAfter:${Math.round(p.delay.mid * 10) / 10}` : 'evidence.answered') : 'evidence.unanswered',
      });
    }

    const readComments = windowPosts(snapshot.posts).reduce((sum, post) => sum + countComments(post.comments), 0);
    if (readComments === 0) {
      return { status: 'unknown', message: message('claim.H2.unknown.noComments'), metrics, evidence };
    }
    if (pairs.length < minQuestions) {
      return { status: 'unknown', message: message('claim.H2.unknown.fewQuestions', { n: pairs.length, min: minQuestions }), metrics, evidence };
    }
    if (answered.length > 0 && timed.length === 0) {
      return { status: 'unknown', message: message('claim.H2.unknown.noTimes', { answered: answered.length, questions: pairs.length }), metrics, evidence };
    }

    const statusAt = (hours: number | null, answeredCount = answered.length): ClaimStatus => {
      const sharePass = answeredCount * 100 >= passShare * pairs.length;
      const shareCi = answeredCount * 100 >= ciShare * pairs.length;
      if (sharePass && hours !== null && hours <= passHours) return 'pass';
      if (shareCi || (hours !== null && hours <= ciHours)) return 'could-improve';
      return 'poor';
    };
    const status = statusAt(med);
    if (unverified.length > 0) {
      // At best every unverified question was answered at once: if that would change the verdict, it is unknown.
      const bestMedian = median([...timed.map((p) => p.delay!.mid), ...unverified.map(() => 0)]);
      if (statusAt(bestMedian, answered.length + unverified.length) !== status) {
        return { status: 'unknown', message: message('claim.H2.unknown.hiddenReplies', { n: unverified.length, questions: pairs.length }), metrics, evidence };
      }
    }
    const coarseTimes = timed.some((p) => p.coarse) && statusAt(medMin) !== statusAt(medMax);
    const params = { share, answered: answered.length, questions: pairs.length, hours: med === null ? 0 : Math.round(med * 10) / 10 };
    return {
      status,
      message: message(answered.length === 0 && status === 'poor' ? 'claim.H2.poor.none' : `claim.H2.${status}`, params),
      metrics,
      evidence,
      coarseTimes,
    };
  },
};
