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
    const a = Date.parse(time.from);
    const b = Date.parse(time.to);
    // A reader that swapped the ends must not produce negative widths downstream.
    interval = a <= b ? { from: a, to: b } : { from: b, to: a };
    parsed.set(time, interval);
  }
  return interval;
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
