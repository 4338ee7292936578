import { DAY_MS, HOUR_MS, type Interval } from './time-interval';

/**
 * Delays in weekday hours (H2: «i løpet av 24 timer i ukedagene»): Saturdays, Sundays and Norwegian
 * public holidays do not count. Days are Norwegian calendar days (Europe/Oslo). DST switches happen on
 * Sundays, which never count, so working in local wall-clock time is exact for the hours that do.
 */

function lastSundayOfMonthUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY_MS;
}

/** A UTC year's bounds and its summer time (CEST) [start, end), in ms. */
interface OsloYear {
  from: number;
  to: number;
  summerFrom: number;
  summerTo: number;
}

const summerCache = new Map<number, OsloYear>();
/** the year asked for last: a judge asks about thousands of instants, nearly all in one or two years */
let lastYear: OsloYear = { from: 0, to: 0, summerFrom: 0, summerTo: 0 };

/** Europe/Oslo offset from UTC at an instant: CEST (+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. */
export function osloOffsetMs(utcMs: number): number {
  let y = lastYear;
  if (!(utcMs >= y.from && utcMs < y.to)) {
    const year = new Date(utcMs).getUTCFullYear();
    let cached = summerCache.get(year);
    if (!cached) {
      cached = {
        from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1),
        summerFrom: lastSundayOfMonthUtc(year, 2) + HOUR_MS, summerTo: lastSundayOfMonthUtc(year, 9) + HOUR_MS,
      };
      summerCache.set(year, cached);
    }
    lastYear = y = cached;
  }
  return utcMs >= y.summerFrom && utcMs < y.summerTo ? 2 * HOUR_MS : HOUR_MS;
}

/** Easter Sunday (Gregorian, anonymous algorithm) as a UTC midnight in ms. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

const holidayCache = new Map<number, Set<number>>();

/** Norwegian public holidays of a year, as day numbers (days since 1970-01-01). */
export function norwegianHolidays(year: number): Set<number> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year) / DAY_MS;
  const fixed = [
    [0, 1], // nyttårsdag
    [4, 1], // arbeidernes dag
    [4, 17], // grunnlovsdag
    [11, 25], // juledag
    [11, 26], // 2. juledag
  ].map(([month, day]) => Date.UTC(year, month, day) / DAY_MS);
  const moving = [-3, -2, 0, 1, 39, 49, 50].map((offset) => easter + offset); // skjærtorsdag … 2. pinsedag
  const set = new Set([...fixed, ...moving]);
  holidayCache.set(year, set);
  return set;
}

/** A day number in Norwegian local time counts when it is Monday–Friday and not a public holiday. */
const workingDayCache = new Map<number, boolean>();

export function isWorkingDay(dayNumber: number): boolean {
  let working = workingDayCache.get(dayNumber);
  if (working === undefined) {
    const date = new Date(dayNumber * DAY_MS);
    const weekday = date.getUTCDay();
    working = weekday !== 0 && weekday !== 6 && !norwegianHolidays(date.getUTCFullYear()).has(dayNumber);
    workingDayCache.set(dayNumber, working);
  }
  return working;
}

/**
 * Hours between two instants that fall on Norwegian working days (0 when end is not after start).
 * With `atLeast`, counting may stop once that many hours are reached (the result is then ≥ `atLeast`
 * but maybe short of the full count): enough to compare with a threshold without walking a year of days.
 */
export function weekdayHoursBetween(startMs: number, endMs: number, atLeast = Infinity): number {
  if (!(endMs > startMs)) return 0;
  const localStart = startMs + osloOffsetMs(startMs);
  const localEnd = endMs + osloOffsetMs(endMs);
  let total = 0;
  for (let day = Math.floor(localStart / DAY_MS); day * DAY_MS < localEnd; day++) {
    if (!isWorkingDay(day)) continue;
    const from = Math.max(localStart, day * DAY_MS);
    const to = Math.min(localEnd, (day + 1) * DAY_MS);
    if (to > from) total += to - from;
    if (total / HOUR_MS >= atLeast) break; // the same division as the result: no rounding can tell them apart
  }
  return total / HOUR_MS;
}

/**
 * The delay between a time and a later time when both are intervals: the least it can be
 * (latest start to earliest end) and the most (earliest start to latest end), in weekday hours.
 */
export function weekdayDelay(start: Interval, end: Interval): { min: number; max: number } {
  return {
    min: weekdayHoursBetween(start.to, end.from),
    max: weekdayHoursBetween(start.from, end.to),
  };
}
