import { citizenQuestionEvidence } from '../text/index';
import type { CommentData, PageSnapshot, Post } from '../snapshot/schema';
import type { ClaimDefinition, ClaimStatus, Evidence, Metric } from './types';
import { windowPosts } from './observed-window';
import { intervalOf, isCoarse, median, midpoint, type Interval } from './time-interval';
import { weekdayHoursBetween } from './weekday-hours';
import { MAX_EVIDENCE, excerpt, message, percent, threshold } from './judge-helpers';

/** A citizen's question and the page's first reply to it. */
export interface QuestionPair {
  post: Post;
  question: CommentData;
  matched: string[];
  reply: CommentData | null;
  /** when the question was asked (null: no time) */
  asked: Interval | null;
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

/**
 * The page's first reply among list[from…] to a question asked at `asked`: of the page comments
 * not before it (that name the asker, with `names`), the earliest timed one, else the first.
 * One pass, each time parsed once: a judge looks for replies to thousands of questions.
 */
function firstReply(list: CommentData[], from: number, asked: Interval | null, names: NamePatterns | null, author: string | null): CommentData | null {
  let first: CommentData | null = null, best: CommentData | null = null, bestMid = 0;
  for (let k = from; k < list.length; k++) {
    const c = list[k]!;
    if (!c.authorIsPage) continue;
    const at = c.time ? intervalOf(c.time) : null;
    if (at && asked && at.to < asked.from) continue; // without both times, order on the page is all we have
    if (names && !addresses(c, author, names)) continue;
    first ??= c;
    if (at && (!best || midpoint(at) < bestMid)) { best = c; bestMid = midpoint(at); }
  }
  return best ?? first;
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

function pairOf(post: Post, question: CommentData, matched: string[], reply: CommentData | null, q: Interval | null): QuestionPair {
  if (!reply || !q || !reply.time) return { post, question, matched, reply, asked: q, delay: null, coarse: false };
  const r = intervalOf(reply.time);
  const mid = weekdayHoursBetween(midpoint(q), midpoint(r));
  const exact = q.from === q.to && r.from === r.to;
  return {
    post, question, matched, reply, asked: q,
    delay: exact ? { min: mid, max: mid, mid } : { min: weekdayHoursBetween(q.to, r.from), max: weekdayHoursBetween(q.from, r.to), mid },
    coarse: isCoarse(q) || isCoarse(r),
  };
}

/** Every citizen question in the window's comments, paired with the page's first reply. */
export function pairQuestions(snapshot: PageSnapshot): QuestionPair[] {
  const pairs: QuestionPair[] = [];
  const names: NamePatterns = new Map();
  for (const post of windowPosts(snapshot.posts)) {
    const comments = post.comments;
    for (let index = 0; index < comments.length; index++) {
      const comment = comments[index]!;
      const thread = flatten(comment.replies);
      if (!comment.authorIsPage) {
        const matched = citizenQuestionEvidence(comment.text);
        if (matched) {
          const asked = comment.time ? intervalOf(comment.time) : null;
          const reply = firstReply(thread, 0, asked, null, null) ?? firstReply(comments, index + 1, asked, names, comment.author);
          pairs.push(pairOf(post, comment, matched, reply, asked));
        }
      }
      // A question asked inside a thread is answered by a later page reply in the same thread.
      for (let at = 0; at < thread.length; at++) {
        const inner = thread[at]!;
        if (inner.authorIsPage) continue;
        const matched = citizenQuestionEvidence(inner.text);
        if (!matched) continue;
        const asked = inner.time ? intervalOf(inner.time) : null;
        pairs.push(pairOf(post, inner, matched, firstReply(thread, at + 1, asked, null, null), asked));
      }
    }
  }
  return pairs;
}

function countComments(comments: CommentData[]): number {
  let n = comments.length;
  for (const c of comments) n += countComments(c.replies);
  return n;
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
    const pairs: QuestionPair[] = [];
    let pending = 0;
    for (const p of all) {
      if (!p.reply && p.asked && weekdayHoursBetween(p.asked.to, capturedAt, passHours) < passHours) pending++;
      else pairs.push(p);
    }
    const answered = pairs.filter((p) => p.reply);
    // A post showing more comments than were read may hide the page's reply behind «Vis svar»:
    // its unanswered questions are not verified.
    const hiding = new Set<Post>();
    let readComments = 0;
    for (const post of windowPosts(snapshot.posts)) {
      const read = countComments(post.comments);
      readComments += read;
      if (post.counts.comments !== null && read < post.counts.comments) hiding.add(post);
    }
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
      { key: 'pendingQuestions', value: pending, unit: 'count' },
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
