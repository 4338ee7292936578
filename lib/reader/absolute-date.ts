/**
 * A compiled stand-in for date-fns `parse(text, format, referenceDate, { locale })`.
 *
 * date-fns re-tokenises the format, builds setter objects and sorts them on every call (~40 µs);
 * here the format is tokenised once and each call only runs the matchers and the setters. The
 * semantics mirror date-fns 4 (parse.js, parse/_lib/parsers/*): the same numeric patterns, the
 * locale's own `match.month/day/dayPeriod` functions tried in the same width order, literals that
 * must match exactly, trailing whitespace allowed, and the setters applied once per priority in
 * date-fns's order (year → month → day of month → AM/PM → hour → minute) with the same validation.
 * The differential test in tests/unit/reader/absolute-date.test.ts holds it to that.
 */
import { getDefaultOptions, setDay, type Locale } from 'date-fns';

/** `null` where date-fns gives an Invalid Date; `undefined` = not mirrored here, ask date-fns. */
export type CompiledDateParser = (text: string, referenceDate: Date) => Date | null | undefined;

type Match = Locale['match'];
/** match.month / match.day / match.dayPeriod, seen alike (date-fns types each by its value). */
type NameMatch = (text: string, options: { width: Width; context: 'formatting' }) => { value: unknown; rest: string } | null;
type Width = 'narrow' | 'short' | 'abbreviated' | 'wide';
type Step = (s: string, v: Values) => string | null;

/** What the steps read from the text; undefined = token absent from the format. */
interface Values {
  year?: number;
  twoDigitYear?: boolean;
  month?: number;
  date?: number;
  weekday?: number;
  dayPeriod?: string;
  hour23?: number;
  hour12?: number;
  minute?: number;
}

// date-fns parse/_lib/constants.js numericPatterns and utils.parseNDigits
const DATE = /^(3[0-1]|[0-2]?\d)/;
const MONTH = /^(1[0-2]|0?\d)/;
const HOUR23 = /^(2[0-3]|[0-1]?\d)/;
const HOUR12 = /^(1[0-2]|0?\d)/;
const MINUTE = /^[0-5]?\d/;
const N_DIGITS = [/^\d/, /^\d/, /^\d{1,2}/, /^\d{1,3}/, /^\d{1,4}/];
const nDigits = (n: number) => N_DIGITS[n] ?? new RegExp(`^\\d{1,${n}}`);

// date-fns parse.js token regexps
const FORMATTING_TOKENS = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
const LONG_FORMATTING_TOKENS = /P+p+|P+|p+|''|'(''|[^'])+('|$)|./g;
const ESCAPED_STRING = /^'([^]*?)'?$/;
const NOT_WHITESPACE = /\S/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => y % 400 === 0 || (y % 4 === 0 && y % 100 !== 0);

// each parser's incompatibleTokens in date-fns: the same combination makes date-fns throw
const INCOMPATIBLE: Record<string, string[]> = {
  y: ['Y', 'R', 'u', 'w', 'I', 'i', 'e', 'c', 't', 'T'],
  M: ['Y', 'R', 'q', 'Q', 'L', 'w', 'I', 'D', 'i', 'e', 'c', 't', 'T'],
  d: ['Y', 'R', 'q', 'Q', 'w', 'I', 'D', 'i', 'e', 'c', 't', 'T'],
  E: ['D', 'i', 'e', 'c', 't', 'T'],
  a: ['b', 'B', 'H', 'k', 't', 'T'],
  H: ['a', 'b', 'h', 'K', 'k', 't', 'T'],
  h: ['H', 'K', 'k', 't', 'T'],
  m: ['t', 'T'],
};

const UNSUPPORTED: CompiledDateParser = () => undefined;

function numeric(pattern: RegExp, assign: (v: Values, n: number) => void): Step {
  return (s, v) => {
    const m = pattern.exec(s);
    if (!m) return null;
    assign(v, parseInt(m[0], 10));
    return s.slice(m[0].length);
  };
}

/** The locale's match function tried width by width, like MonthParser/DayParser/AMPMParser. */
function named(fn: NameMatch, widths: Width[], assign: (v: Values, value: unknown) => void): Step {
  const options = widths.map((width) => ({ width, context: 'formatting' as const }));
  return (s, v) => {
    for (const o of options) {
      const r = fn(s, o);
      if (r) {
        assign(v, r.value);
        return r.rest;
      }
    }
    return null;
  };
}

function literal(text: string): Step {
  return (s) => (s.startsWith(text) ? s.slice(text.length) : null);
}

/** One date-fns token → a step, or null when it is not mirrored here. */
function stepFor(token: string, match: Match): Step | null {
  const c = token[0];
  const n = token.length;
  switch (c) {
    case 'y':
      if (token === 'yo') return null;
      return numeric(token === 'y' ? N_DIGITS[4] : nDigits(n), (v, x) => {
        v.year = x;
        v.twoDigitYear = token === 'yy';
      });
    case 'M':
      if (token === 'Mo') return null;
      if (n <= 2) return numeric(n === 1 ? MONTH : N_DIGITS[2], (v, x) => (v.month = x - 1));
      return named(match.month as NameMatch, n === 3 ? ['abbreviated', 'narrow'] : n === 5 ? ['narrow'] : ['wide', 'abbreviated', 'narrow'], (v, x) => (v.month = x as number));
    case 'd':
      if (token === 'do') return null;
      return numeric(n === 1 ? DATE : nDigits(n), (v, x) => (v.date = x));
    case 'E':
      return named(
        match.day as NameMatch,
        n <= 3 ? ['abbreviated', 'short', 'narrow'] : n === 5 ? ['narrow'] : n === 6 ? ['short', 'narrow'] : ['wide', 'abbreviated', 'short', 'narrow'],
        (v, x) => (v.weekday = x as number),
      );
    case 'a':
      return named(match.dayPeriod as NameMatch, n <= 3 ? ['abbreviated', 'narrow'] : n === 5 ? ['narrow'] : ['wide', 'abbreviated', 'narrow'], (v, x) => (v.dayPeriod = x as string));
    case 'H':
      if (token === 'Ho') return null;
      return numeric(n === 1 ? HOUR23 : nDigits(n), (v, x) => (v.hour23 = x));
    case 'h':
      if (token === 'ho') return null;
      return numeric(n === 1 ? HOUR12 : nDigits(n), (v, x) => (v.hour12 = x));
    case 'm':
      if (token === 'mo') return null;
      return numeric(n === 1 ? MINUTE : nDigits(n), (v, x) => (v.minute = x));
    default:
      return null;
  }
}

// utils.dayPeriodEnumToHours
function dayPeriodHours(p: string | undefined): number {
  switch (p) {
    case 'morning':
      return 4;
    case 'evening':
      return 17;
    case 'pm':
    case 'noon':
    case 'afternoon':
      return 12;
    default:
      return 0;
  }
}

// utils.normalizeTwoDigitYear
function normalizeTwoDigitYear(twoDigitYear: number, currentYear: number): number {
  const isCommonEra = currentYear > 0;
  const absCurrentYear = isCommonEra ? currentYear : 1 - currentYear;
  let result: number;
  if (absCurrentYear <= 50) {
    result = twoDigitYear || 100;
  } else {
    const rangeEnd = absCurrentYear + 50;
    const rangeEndCentury = Math.trunc(rangeEnd / 100) * 100;
    result = twoDigitYear + rangeEndCentury - (twoDigitYear >= rangeEnd % 100 ? 100 : 0);
  }
  return isCommonEra ? result : 1 - result;
}

/**
 * Compiles `format` for `locale`. The returned function gives exactly what
 * `parse(text, format, referenceDate, { locale })` gives (null for an Invalid Date), or
 * `undefined` for formats using tokens not mirrored here (ordinals, quarters, weeks, time zones…)
 * and formats date-fns would reject with a RangeError.
 */
export function compileDateFormat(format: string, locale: Locale): CompiledDateParser {
  const match = locale.match;
  if (!format) return (text, ref) => (text ? null : isNaN(ref.getTime()) ? null : new Date(ref.getTime()));
  // long formats (P, p) expand per locale in date-fns: not mirrored
  for (const t of format.match(LONG_FORMATTING_TOKENS) ?? []) if (t[0] === 'P' || t[0] === 'p') return UNSUPPORTED;

  const steps: Step[] = [];
  const used: string[] = [];
  for (const token of format.match(FORMATTING_TOKENS) ?? []) {
    const c = token[0];
    if (/[a-zA-Z]/.test(c)) {
      const incompatible = INCOMPATIBLE[c];
      // unknown letters throw in date-fns, as do incompatible or repeated fields
      if (!incompatible || used.some((u) => u === c || incompatible.includes(u))) return UNSUPPORTED;
      const step = stepFor(token, match);
      if (!step) return UNSUPPORTED;
      used.push(c);
      steps.push(step);
    } else if (token === "''") {
      steps.push(literal("'"));
    } else if (c === "'") {
      steps.push(literal(ESCAPED_STRING.exec(token)![1].replace(/''/g, "'")));
    } else {
      steps.push(literal(token));
    }
  }

  const defaults = getDefaultOptions();
  const weekStartsOn = locale.options?.weekStartsOn ?? defaults.weekStartsOn ?? defaults.locale?.options?.weekStartsOn ?? 0;

  return (text, referenceDate) => {
    // every field present from the start: one object shape for the steps and setters
    const v: Values = { year: undefined, twoDigitYear: false, month: undefined, date: undefined, weekday: undefined, dayPeriod: undefined, hour23: undefined, hour12: undefined, minute: undefined };
    let s: string | null = text;
    for (let i = 0; i < steps.length; i++) {
      s = steps[i](s, v);
      if (s === null) return null;
    }
    if (s.length > 0 && NOT_WHITESPACE.test(s)) return null;

    let date = new Date(referenceDate.getTime());
    if (isNaN(date.getTime())) return null;

    // setters in date-fns priority order; the same priority keeps only the highest subPriority,
    // so a weekday beside a day of month is matched but never checked against the date
    if (v.year !== undefined) {
      if (v.twoDigitYear) {
        date.setFullYear(normalizeTwoDigitYear(v.year, date.getFullYear()), 0, 1);
      } else {
        if (!(v.year > 0)) return null;
        date.setFullYear(v.year, 0, 1);
      }
      date.setHours(0, 0, 0, 0);
    }
    if (v.month !== undefined) {
      if (!(v.month >= 0 && v.month <= 11)) return null;
      date.setMonth(v.month, 1);
      date.setHours(0, 0, 0, 0);
    }
    if (v.date !== undefined) {
      const month = date.getMonth();
      const max = month === 1 && isLeapYear(date.getFullYear()) ? 29 : DAYS_IN_MONTH[month];
      if (!(v.date >= 1 && v.date <= max)) return null;
      date.setDate(v.date);
      date.setHours(0, 0, 0, 0);
    } else if (v.weekday !== undefined) {
      if (!(v.weekday >= 0 && v.weekday <= 6)) return null;
      date = setDay(date, v.weekday, { weekStartsOn, locale });
      date.setHours(0, 0, 0, 0);
    }
    if (v.dayPeriod !== undefined) date.setHours(dayPeriodHours(v.dayPeriod), 0, 0, 0);
    if (v.hour23 !== undefined) {
      if (!(v.hour23 >= 0 && v.hour23 <= 23)) return null;
      date.setHours(v.hour23, 0, 0, 0);
    } else if (v.hour12 !== undefined) {
      if (!(v.hour12 >= 1 && v.hour12 <= 12)) return null;
      const isPM = date.getHours() >= 12;
      if (isPM && v.hour12 < 12) date.setHours(v.hour12 + 12, 0, 0, 0);
      else if (!isPM && v.hour12 === 12) date.setHours(0, 0, 0, 0);
      else date.setHours(v.hour12, 0, 0, 0);
    }
    if (v.minute !== undefined) {
      if (!(v.minute >= 0 && v.minute <= 59)) return null;
      date.setMinutes(v.minute, 0, 0);
    }

    // DateTimezoneSetter: the fields copied onto a fresh date (matters only across DST edges)
    const out = new Date(0);
    out.setFullYear(date.getFullYear(), date.getMonth(), date.getDate());
    out.setHours(date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
    return out;
  };
}
