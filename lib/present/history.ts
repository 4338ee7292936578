import { startOfISOWeek, addWeeks } from 'date-fns';
import { CLAIM_IDS, type ClaimId, type ClaimStatus } from '../claims/types';
import type { AuditReport } from '../claims/report-schema';
import type { CommentData, Post, TimeValue } from '../snapshot/schema';

/** What the history views need of one stored audit. */
export interface HistoryAudit {
  id?: number;
  auditedAt: string;
  report: AuditReport;
  overrides?: { claimId: ClaimId; status: ClaimStatus }[];
}

export interface TimelineCell {
  auditId: number | null;
  status: ClaimStatus;
  measured: ClaimStatus;
  overridden: boolean;
}

/** Each claim's status in each audit, oldest audit first. */
export function statusTimeline(audits: HistoryAudit[]): { auditedAt: string[]; rows: { id: ClaimId; cells: TimelineCell[] }[] } {
  const ordered = [...audits].sort((a, b) => a.auditedAt.localeCompare(b.auditedAt));
  return {
    auditedAt: ordered.map((a) => a.auditedAt),
    rows: CLAIM_IDS.map((id) => ({
      id,
      cells: ordered.map((a) => {
        const measured = a.report.claims.find((c) => c.id === id)?.status ?? 'unknown';
        const o = a.overrides?.find((x) => x.claimId === id);
        return { auditId: a.id ?? null, status: o?.status ?? measured, measured, overridden: !!o };
      }),
    })),
  };
}

/** The middle of a time interval: the best single point for a time known only to a day or a week. */
function midpoint(time: TimeValue): number {
  return (Date.parse(time.from) + Date.parse(time.to)) / 2;
}

/** Times coarser than a week cannot be put in a week. */
function weekable(time: TimeValue | null): time is TimeValue {
  return !!time && !['month', 'year'].includes(time.precision);
}

function weekKey(ms: number): string {
  return startOfISOWeek(new Date(ms)).toISOString();
}

/** Every week from the first to the last key, so gaps show as zero bars, not as missing weeks. */
function fillWeeks<T>(map: Map<string, T>, empty: () => T): { weekStart: string; value: T }[] {
  if (!map.size) return [];
  const keys = [...map.keys()].sort();
  const out: { weekStart: string; value: T }[] = [];
  for (let week = new Date(keys[0]); week.toISOString() <= keys[keys.length - 1]; week = addWeeks(week, 1)) {
    const key = startOfISOWeek(week).toISOString();
    out.push({ weekStart: key, value: map.get(key) ?? empty() });
  }
  return out;
}

/** All posts seen across the page's audits, each once (the same post is seen again by later audits). */
export function uniquePosts(audits: HistoryAudit[]): Post[] {
  const seen = new Map<string, Post>();
  const ordered = [...audits].sort((a, b) => b.auditedAt.localeCompare(a.auditedAt));
  for (const audit of ordered) {
    for (const post of audit.report.snapshot?.posts ?? []) {
      const key = post.permalink ?? `${audit.report.page.url}#${post.id}`;
      if (!seen.has(key)) seen.set(key, post); // the newest audit's copy has the most comments
    }
  }
  return [...seen.values()];
}

/** Posts per calendar week (Monday to Sunday), over every audit of the page. */
export function postsPerWeek(audits: HistoryAudit[]): { weekStart: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const post of uniquePosts(audits)) {
    if (!weekable(post.time)) continue;
    const key = weekKey(midpoint(post.time));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return fillWeeks(counts, () => 0).map(({ weekStart, value }) => ({ weekStart, count: value }));
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function firstPageReply(comment: CommentData): CommentData | null {
  const replies = comment.replies.filter((r) => r.authorIsPage && r.time).sort((a, b) => midpoint(a.time!) - midpoint(b.time!));
  return replies[0] ?? null;
}

/**
 * The page's reply times to citizens' comments, per week of the comment: the median in clock
 * hours (H2 judges in weekday hours; this chart shows the plain delay), and how many went unanswered.
 */
export function replyTimesPerWeek(audits: HistoryAudit[]): { weekStart: string; medianHours: number | null; answered: number; unanswered: number }[] {
  const weeks = new Map<string, { delays: number[]; unanswered: number }>();
  for (const post of uniquePosts(audits)) {
    for (const comment of post.comments) {
      if (comment.authorIsPage || !weekable(comment.time)) continue;
      const key = weekKey(midpoint(comment.time));
      const bucket = weeks.get(key) ?? { delays: [], unanswered: 0 };
      const reply = firstPageReply(comment);
      if (reply) bucket.delays.push(Math.max(0, (midpoint(reply.time!) - midpoint(comment.time)) / 3_600_000));
      else bucket.unanswered++;
      weeks.set(key, bucket);
    }
  }
  return fillWeeks(weeks, () => ({ delays: [] as number[], unanswered: 0 })).map(({ weekStart, value }) => ({
    weekStart,
    medianHours: median(value.delays),
    answered: value.delays.length,
    unanswered: value.unanswered,
  }));
}
