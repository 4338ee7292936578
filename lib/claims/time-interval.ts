import type { TimeValue } from '../snapshot/schema';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** A time known to lie somewhere in [from, to] (epoch ms). An exact time has from === to. */
export interface Interval {
  from: number;
  to: number;
}

// Parsed once per time object: the judges look at the same times many times over.
const parsed = new WeakMap<TimeValue, Interval>();

export function intervalOf(time: TimeValue): Interval {
  let interval = parsed.get(time);
  if (!interval) {
    const a = parseIso(time.from);
    const b = time.to === time.from ? a : parseIso(time.to);
    // A reader that swapped the ends must not produce negative widths downstream.
    interval = a <= b ? { from: a, to: b } : { from: b, to: a };
    parsed.set(time, interval);
  }
  return interval;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * `Date.parse` of a time as the reader writes it («2026-03-13T06:00:00.000Z»), read field by field
 * (Date.parse costs ~0.2 µs, and a snapshot has thousands of times). Only plain cases take this
 * path — a day past the 28th, hour 24, a year before 1000 or any other shape go to Date.parse,
 * so the result is always Date.parse's.
 */
export function parseIso(s: string): number {
  if (s.length === 24 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && s.charCodeAt(10) === 84 && s.charCodeAt(13) === 58
    && s.charCodeAt(16) === 58 && s.charCodeAt(19) === 46 && s.charCodeAt(23) === 90) {
    const y = digits(s, 0, 4), mo = digits(s, 5, 7), d = digits(s, 8, 10), h = digits(s, 11, 13);
    const mi = digits(s, 14, 16), sec = digits(s, 17, 19), ms = digits(s, 20, 23);
    if (y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 28 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59 && ms >= 0) {
      return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
    }
  }
  return Date.parse(s);
}

export function midpoint(interval: Interval): number {
  return (interval.from + interval.to) / 2;
}

/**
 * Wider than an hour counts as coarse: «2 t» (hour precision) is good enough for a 24-hour threshold,
 * «3 d» or «1 u» is not.
 */
export function isCoarse(interval: Interval): boolean {
  return interval.to - interval.from > HOUR_MS;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
