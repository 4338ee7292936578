import { describe, expect, it } from 'vitest';
import { addDays, format, parse, type Locale } from 'date-fns';
import { enUS, nb } from 'date-fns/locale';
import { compileDateFormat } from '../../../lib/reader/absolute-date';
import { ABSOLUTE_FORMATS, DATE_LOCALES } from '../../../lib/reader/parse-time';

// Differential test: the compiled parser must give what date-fns `parse` gives, input by input.

type Pair = { fb: string; locale: Locale; format: string };
const PAIRS: Pair[] = Object.entries(ABSOLUTE_FORMATS).flatMap(([fb, formats]) =>
  DATE_LOCALES[fb as keyof typeof DATE_LOCALES].flatMap((locale) => formats.map((f) => ({ fb, locale, format: f.format }))),
);
const LOCALES = [...new Set(PAIRS.map((p) => p.locale))];

// reference dates: mid-year, leap day, the last minute of a year, New Year, the day before a leap day
const REFS = [
  new Date(2026, 10, 22, 12, 0),
  new Date(2024, 1, 29, 10, 30),
  new Date(2025, 11, 31, 23, 59, 59, 999),
  new Date(2024, 0, 1, 0, 0),
  new Date(2023, 1, 28, 8, 15),
];

// deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every month, every day 1–31 over the set, every hour, AM/PM edges, leap days, DST edges (Oslo, São Paulo). */
const DATES: Date[] = (() => {
  const years = [2023, 2024, 2025, 2026, 2000, 1999];
  const out: Date[] = [];
  for (let i = 0; i < 62; i++) {
    const year = years[i % years.length];
    const month = i % 12;
    const day = (i % 31) + 1;
    const d = new Date(year, month, day, i % 24, (i * 17) % 60);
    if (d.getDate() === day) out.push(d); // skip «31 February»
  }
  out.push(
    new Date(2024, 1, 29, 0, 0),
    new Date(2000, 1, 29, 12, 0),
    new Date(2025, 11, 31, 23, 59),
    new Date(2026, 0, 1, 0, 1),
    new Date(2025, 6, 4, 12, 30),
    new Date(2025, 6, 4, 0, 30),
    new Date(2025, 2, 30, 2, 30),
    new Date(2025, 9, 26, 2, 30),
    new Date(2016, 9, 16, 0, 30),
    new Date(2026, 4, 9, 9, 5),
  );
  return out;
})();

const capitalise = (s: string) => s.replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** Spelling variants of a well-formed label: case, spaces, truncation, stray characters. */
function variants(label: string): string[] {
  return [
    label,
    label.toUpperCase(),
    label.toLowerCase(),
    capitalise(label),
    `${label} `,
    `${label}\u00a0\t`,
    `${label} x`,
    ` ${label}`,
    label.replace(' ', '  '),
    label.replace(' ', ''),
    label.replace(' ', '\u00a0'),
    label.replace(/ (?=\S*$)/, ''),
    label.slice(0, -1),
    label.slice(0, Math.ceil(label.length / 2)),
    `${label}x`,
    `x${label}`,
  ];
}

/** Every digit run replaced by out-of-range or odd values («32. mars», «25:61», «0», «007»). */
function digitMutations(label: string): string[] {
  const runs = [...label.matchAll(/\d+/g)];
  const values = ['0', '00', '1', '29', '30', '31', '32', '12', '13', '23', '24', '25', '59', '60', '61', '7', '07', '007', '123', '0000', '99999'];
  return runs.flatMap((r) => values.map((v) => label.slice(0, r.index) + v + label.slice(r.index! + r[0].length)));
}

/** The same date written with other name widths and a wrong weekday. */
function nameForms(date: Date, fmt: string, locale: Locale): string[] {
  const alt = [
    fmt.replace('MMMM', 'MMM'),
    fmt.replace(/(?<!M)MMM(?!M)/, 'MMMM'),
    fmt.replace('MMMM', 'MMMMM'),
    fmt.replace('EEEE', 'EEE'),
    fmt.replace('EEEE', 'EEEEEE'),
    fmt.replace('EEEE', 'EEEEE'),
    fmt.replace('yyyy', 'yy'),
    fmt.replace('HH', 'H'),
    fmt.replace('h:', 'hh:'),
    fmt.replace(/ a$/, ' aaaa'),
    fmt.replace(/ a$/, ' aaaaa'),
    fmt.replace(/ a$/, 'a'),
  ].filter((f) => f !== fmt);
  const out = alt.map((f) => format(date, f, { locale }));
  if (fmt.startsWith('EEEE')) {
    // the weekday of the next days in front of this date
    for (const k of [1, 3]) out.push(format(addDays(date, k), 'EEEE', { locale }) + format(date, fmt.slice(4), { locale }));
  }
  return out;
}

/** Labels no format should take, or only some: garbage, edge days, AM/PM spellings. */
const SPECIAL = [
  '', ' ', 'x', '12', '12.', 'kl.', 'i går kl. 14:03', '3 t', 'Yesterday at 2:03 PM', '2023-03-12', '12/03/2023',
  '29. februar', '29. februar 2023', '29. februar 2024', '29. februar 2100', '29. februar 2000', '30. februar 2024', '31. april', '31. april 2024',
  '0. mars', '00. mars', '1. mars 0', '1. mars 0000', '1. mars 0001', '1. mars 12', '1. mars 99999', '1. mars -2024', '1. mars +2024',
  '12. mars kl. 24:00', '12. mars kl. 23:60', '12. mars kl. 7:5', '12. mars kl. 07:05', '12. mars kl.14:03', '12. mars kl 14:03', '12. mars kl. 14.03',
  '12. MARS KL. 14:03', '12. Mar. 2023', '12. mar 2023', '12. mar. 2023', '12. m 2023', '12. ma 2023', '12. marsj 2023', '12 mars kl. 14:03',
  'tirsdag 3. mars 2026 kl. 09:15', 'søndag 3. mars 2026 kl. 09:15', 'tir 3. mars 2026 kl. 09:15', 'ti 3. mars 2026 kl. 09:15', 't 3. mars 2026 kl. 09:15',
  'TIRSDAG 3. MARS 2026 KL. 09:15', 'tysdag 3. mars 2026 kl. 09:15', 'tisdag 3 mars 2026 kl. 09:15', 'tisdag 3. mars 2026 kl. 09:15',
  'February 29', 'February 29, 2023', 'February 29, 2024', 'February 30, 2024', 'Feb 29, 2024', 'F 29, 2024', 'Ma 12, 2024', 'Mar 12',
  'March 12 at 12:00 AM', 'March 12 at 12:30 PM', 'March 12 at 0:30 AM', 'March 12 at 13:00 PM', 'March 12 at 12:00 am', 'March 12 at 12:00 a.m.',
  'March 12 at 12:00 p. m.', 'March 12 at 12:00 P', 'March 12 at 12:00 noon', 'March 12 at 12:00 midnight', 'March 12 at 9:00 in the morning',
  'March 12 at 9:00 in the evening', 'March 12 at 9:00 at night', 'March 12 at 9:00 in the afternoon', 'March 12 at 9:00 mi', 'March 12 at 9:00 n',
  'March 12 at 9:00PM', 'March 12 at 9:00  PM', 'March 12 at 9:00 PM ', 'March 12 at 09:00 PM', 'March 12 at 9:00', 'March 12 at 21:00',
  'Thursday, March 12, 2026 at 2:03 PM', 'Thu, March 12, 2026 at 2:03 PM', 'Th, March 12, 2026 at 2:03 PM', 'T, March 12, 2026 at 2:03 PM',
  'Thursday 12 March 2026 at 14:03', 'Sunday 12 March 2026 at 14:03', '12 March 2026 at 14:03', '12 March at 14:03', '12 March', 'March 12, 2026',
  'march 12, 2026', 'MARCH 12, 2026', 'Marc 12, 2026', 'March12, 2026', 'March 12,2026', 'March 12 , 2026', 'March 1212, 2026', 'March 012, 2026',
  '7. oktober kl. 14:03', '7. okt. kl. 14:03', '7. okt kl. 14:03', '7 oktober kl. 14:03', '7 okt. kl. 14:03', '7. october at 14:03', '7 october at 2:03 pm',
  '12. mars kl. 14:03\n', '12. mars\u00a0kl.\u00a014:03', '１２. mars', '٣. mars', 'lørdag 29. februar 2025', 'lördag 29 februari 2025',
];

function toMs(d: Date | null | undefined): number | null | undefined {
  if (d === undefined || d === null) return d;
  return isNaN(d.getTime()) ? null : d.getTime();
}

type Case = { text: string; ref: Date };

/** The inputs for one (format, locale) pair. */
function casesFor(pair: Pair, crossPool: string[], seed: number): Case[] {
  const random = rng(seed);
  const ref = () => REFS[Math.floor(random() * REFS.length)];
  const out: Case[] = [];
  DATES.forEach((date, i) => {
    const label = format(date, pair.format, { locale: pair.locale });
    // the well-formed label against two reference dates (without a year the reference decides the year)
    for (let k = 0; k < 2; k++) out.push({ text: label, ref: REFS[(i + k) % REFS.length] });
    // spelling variants and name forms on alternate dates (which ones shifts from pair to pair)
    if ((i + seed) % 2 === 0) for (const text of variants(label)) out.push({ text, ref: ref() });
    else for (const text of nameForms(date, pair.format, pair.locale)) out.push({ text, ref: ref() });
    if (i % 12 === 0) for (const text of digitMutations(label)) out.push({ text, ref: ref() });
  });
  // the leap-day reference and one other
  for (const text of SPECIAL) out.push({ text, ref: REFS[1] }, { text, ref: ref() });
  for (const text of crossPool) out.push({ text, ref: ref() });
  return out;
}

// labels of every locale and format for a few dates, each tried with every pair
const CROSS_POOL = [
  ...new Set(
    PAIRS.flatMap((p) =>
      [DATES[3], DATES[40], DATES[DATES.length - 1]].flatMap((d) => {
        const label = format(d, p.format, { locale: p.locale });
        return [label, label.toLowerCase()];
      }),
    ),
  ),
];

/**
 * The locale as the extension build ships it (wxt.config.ts, localeForParsing): without its
 * formatters. Reading anything but its code, match and options fails the test.
 */
function asShipped(locale: Locale): Locale {
  const kept = new Set(['code', 'match', 'options']);
  return new Proxy(locale, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !kept.has(key)) throw new Error(`the parser read locale.${key}, which the extension build leaves out`);
      return Reflect.get(target, key, receiver);
    },
  });
}

describe('compileDateFormat against date-fns parse', () => {
  const totals = { cases: 0, valid: 0 };

  // date-fns parses with the whole locale, the compiled parser with the locale as shipped
  it.each(PAIRS.map((p, i) => [`${p.fb}/${p.locale.code}: ${p.format}`, p, i] as const))('%s', (_, pair, i) => {
    const compiled = compileDateFormat(pair.format, asShipped(pair.locale));
    const mismatches: string[] = [];
    for (const { text, ref } of casesFor(pair, CROSS_POOL, i + 1)) {
      const expected = toMs(parse(text, pair.format, ref, { locale: pair.locale }));
      const actual = toMs(compiled(text, ref));
      totals.cases++;
      if (expected !== null) totals.valid++;
      if (actual !== expected && mismatches.length < 10) {
        const show = (ms: number | null | undefined) => (typeof ms === 'number' ? new Date(ms).toString() : String(ms));
        mismatches.push(`${JSON.stringify(text)} ref ${ref.toISOString()}: date-fns ${show(expected)}, compiled ${show(actual)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('compared enough inputs, both valid and invalid ones', () => {
    // guards against a generator that silently produces nothing (this runs after the pairs above)
    expect(totals.cases).toBeGreaterThan(50_000);
    expect(totals.valid).toBeGreaterThan(10_000);
    expect(totals.cases - totals.valid).toBeGreaterThan(20_000);
  });
});

describe('compileDateFormat edge behaviour', () => {
  const ref = new Date(2026, 10, 22, 12, 0);

  it('ignores a weekday that does not fit the date, as date-fns does', () => {
    const fn = compileDateFormat("EEEE d. MMMM yyyy 'kl.' HH:mm", nb);
    expect(fn('søndag 3. mars 2026 kl. 09:15', ref)?.getTime()).toBe(new Date(2026, 2, 3, 9, 15).getTime());
  });

  it('checks the day against the month and leap years, with the year from the reference when missing', () => {
    const fn = compileDateFormat('d. MMMM', nb);
    expect(fn('29. februar', new Date(2024, 5, 1))?.getTime()).toBe(new Date(2024, 1, 29).getTime());
    expect(fn('29. februar', new Date(2025, 5, 1))).toBeNull();
    expect(fn('31. april', ref)).toBeNull();
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    const fn = compileDateFormat("MMMM d 'at' h:mm a", enUS);
    expect(fn('March 12 at 12:05 AM', ref)?.getTime()).toBe(new Date(2026, 2, 12, 0, 5).getTime());
    expect(fn('March 12 at 12:05 PM', ref)?.getTime()).toBe(new Date(2026, 2, 12, 12, 5).getTime());
  });

  it('also mirrors the other widths of the same fields (two-digit years, numeric months, a weekday alone)', () => {
    const formats = ['dd.MM.yy', 'd.M.yyyy H:m', 'EEE HH:mm', 'EEEE', 'MMMMM d', "hh:mm aaaa 'on' MMM d", 'EEEEEE d. MMM y'];
    const mismatches: string[] = [];
    for (const locale of [nb, enUS]) {
      for (const f of formats) {
        const fn = compileDateFormat(f, locale);
        for (const date of DATES.slice(0, 14)) {
          const label = format(date, f, { locale });
          for (const text of [label, ...digitMutations(label).slice(0, 30), label.toUpperCase(), label.slice(0, -1)]) {
            for (const r of [REFS[1], REFS[2]]) {
              const expected = toMs(parse(text, f, r, { locale }));
              if (toMs(fn(text, r)) !== expected) mismatches.push(`${f} ${JSON.stringify(text)} ${r.toISOString()}`);
            }
          }
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('returns undefined for formats it does not mirror', () => {
    for (const f of ['do MMMM', 'PPP', 'd MMMM H h', 'd MMMM d', 'QQQ yyyy', 'd MMMM zzz', 'yo']) {
      expect(compileDateFormat(f, nb)('1. mars', ref), f).toBeUndefined();
    }
  });

  it('never returns undefined for the formats of ABSOLUTE_FORMATS', () => {
    for (const p of PAIRS) expect(compileDateFormat(p.format, p.locale)('garbage', ref)).toBeNull();
  });

  it('covers every locale of DATE_LOCALES', () => {
    expect(LOCALES.map((l) => l.code).sort()).toEqual(['da', 'en-GB', 'en-US', 'nb', 'nn', 'sv']);
  });
});
