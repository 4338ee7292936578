import type { TimeValue } from '../snapshot/schema';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** A time known to lie somewhere in [from, to] (epoch ms). An exact time has from === to. */
export interface Interval {
  from: number;
  to: number;
}

/**
 * Parsed on every call, not remembered per time object: reading the two ISO strings costs less than
 * a WeakMap entry per time (a judge meets thousands of times, most of them once or twice).
 */
export function intervalOf(time: TimeValue): Interval {
  const a = parseIso(time.from);
  const b = time.to === time.from ? a : parseIso(time.to);
  // A reader that swapped the ends must not produce negative widths downstream.
  return a <= b ? { from: a, to: b } : { from: b, to: a };
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
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1–12): what Date.UTC counts, in integer
 * arithmetic (H. Hinnant's days_from_civil) instead of a call into the Date machinery.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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
      return daysFromCivil(y, mo, d) * 86_400_000 + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
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
