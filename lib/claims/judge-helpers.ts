import type { Post } from '../snapshot/schema';
import type { ClaimStatus, Evidence, Message, Metric, Thresholds } from './types';

/** At most this many evidence items per claim: enough to check a verdict, small enough to store. */
export const MAX_EVIDENCE = 10;

/**
 * A plain-text excerpt of at most `max` characters (evidence is never HTML). When the first of the
 * `focus` words lies beyond the cut, the excerpt is taken around it, so the user sees what matched.
 */
export function excerpt(text: string, max = 300, focus: string[] = []): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const lower = flat.toLowerCase();
  const at = focus
    .map((word) => lower.indexOf(word.toLowerCase()))
    .filter((index) => index >= 0)
    .reduce((first, index) => Math.min(first, index), Infinity);
  if (at === Infinity || at + 40 < max - 1) return `${flat.slice(0, max - 1).trimEnd()}…`;
  const start = Math.max(0, Math.min(at - 80, flat.length - (max - 2)));
  const body = flat.slice(start, start + max - 2).trim();
  return `…${body}${start + max - 2 < flat.length ? '…' : ''}`;
}

export function postEvidence(post: Post, matched: string[] = [], note?: string): Evidence {
  return {
    kind: 'post',
    postId: post.id,
    permalink: post.permalink,
    excerpt: excerpt(post.text, 300, matched),
    matched: [...new Set(matched)].slice(0, 10),
    ...(note ? { note } : {}),
  };
}

export function message(key: string, params: Record<string, string | number> = {}): Message {
  return { key, params };
}

/** Reads a threshold, failing loudly if a definition forgot to declare it. */
export function threshold(thresholds: Thresholds, key: string): number {
  const value = thresholds[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`missing threshold ${key}`);
  return value;
}

/** A share as a percentage, for display (decisions compare counts, not rounded floats). */
export function percent(hits: number, total: number): number {
  return total === 0 ? 0 : Math.round((hits / total) * 1000) / 10;
}

/** Rate status from counts: pass at ≥ passPercent, could-improve at ≥ couldImprovePercent, else poor. */
export function shareStatus(hits: number, total: number, passPercent: number, couldImprovePercent: number): ClaimStatus {
  if (hits * 100 >= passPercent * total) return 'pass';
  if (hits * 100 >= couldImprovePercent * total) return 'could-improve';
  return 'poor';
}

export function percentMetric(key: string, hits: number, total: number, pass: number, couldImprove: number): Metric {
  return { key, value: percent(hits, total), unit: 'percent', threshold: { pass, couldImprove, direction: 'higher' } };
}

export function countMetric(key: string, value: number | null): Metric {
  return { key, value, unit: 'count' };
}

/** ISO calendar day (YYYY-MM-DD) for message parameters; the interface formats it further if it wants. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
