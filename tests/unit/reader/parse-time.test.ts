import { describe, expect, it } from 'vitest';
import { parseTimeLabel, exactTime, iso, timeLabelReader } from '../../../lib/reader/parse-time';
import { postTimeLabel, commentTimeLabel, longAgo } from '../../fixtures/builder/time-labels';
import { FACEBOOK_LOCALES, UI_STRINGS } from '../../../lib/facebook/ui-strings';

// Sunday 22 November 2026, 12:00 local time (tests build local dates: the labels are local too)
const now = new Date(2026, 10, 22, 12, 0);
const H = 3600_000;
const D = 24 * H;

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
function range(label: string, locale: Parameters<typeof parseTimeLabel>[1]) {
  const t = parseTimeLabel(label, locale, now);
  expect(t, label).not.toBeNull();
  return { from: Date.parse(t!.from), to: Date.parse(t!.to), precision: t!.precision, raw: t!.raw };
}

describe('relative labels', () => {
  it.each([
    ['nb', '2 t', 'hour', 3 * H, 2 * H],
    ['nb', '18 t', 'hour', 19 * H, 18 * H],
    ['nb', '3 d', 'day', 4 * D, 3 * D],
    ['nb', '1 u', 'week', 14 * D, 7 * D],
    ['nb', '5 min', 'minute', 6 * 60_000, 5 * 60_000],
    ['nn', '2 v', 'week', 21 * D, 14 * D],
    ['da', '4 t', 'hour', 5 * H, 4 * H],
    ['da', '12 m', 'minute', 13 * 60_000, 12 * 60_000],
    ['sv', '10 tim', 'hour', 11 * H, 10 * H],
    ['sv', '2 v', 'week', 21 * D, 14 * D],
    ['en', '10h', 'hour', 11 * H, 10 * H],
    ['en', '2d', 'day', 3 * D, 2 * D],
    ['en', '3w', 'week', 28 * D, 21 * D],
    ['nb', '1 år', 'year', 730 * D, 365 * D],
  ] as const)('%s «%s» is an interval of %s precision', (locale, label, precision, olderMs, newerMs) => {
    const r = range(label, locale);
    expect(r.precision).toBe(precision);
    expect(r.from).toBeGreaterThan(now.getTime() - olderMs - 1);
    expect(r.from).toBeLessThanOrEqual(now.getTime() - olderMs + 1);
    expect(r.to).toBe(now.getTime() - newerMs);
    expect(r.raw).toBe(label);
  });

  it('reads the long forms of aria-labels', () => {
    expect(range('for 3 timer siden', 'nb')).toMatchObject({ precision: 'hour', to: now.getTime() - 3 * H });
    expect(range('for omtrent en time siden', 'nb')).toMatchObject({ precision: 'hour', to: now.getTime() - H });
    expect(range('3 hours ago', 'en')).toMatchObject({ precision: 'hour', to: now.getTime() - 3 * H });
    expect(range('för 2 dagar sedan', 'sv')).toMatchObject({ precision: 'day', to: now.getTime() - 2 * D });
  });

  it('reads «just now» and «yesterday» in each language', () => {
    expect(range('for nylig', 'da')).toMatchObject({ precision: 'minute', to: now.getTime() });
    expect(range('Akkurat nå', 'nb')).toMatchObject({ precision: 'minute' });
    expect(range('i går', 'nb')).toEqual({ from: local(2026, 11, 21), to: local(2026, 11, 22) - 1, precision: 'day', raw: 'i går' });
    expect(range('igår', 'sv')).toMatchObject({ from: local(2026, 11, 21), precision: 'day' });
    expect(range('I går kl. 17:48', 'nb')).toMatchObject({ from: local(2026, 11, 21, 17, 48), precision: 'minute' });
    expect(range('Yesterday at 5:48 PM', 'en')).toMatchObject({ from: local(2026, 11, 21, 17, 48), precision: 'minute' });
  });
});

describe('absolute labels', () => {
  it.each([
    ['nb', '12. mars', local(2026, 3, 12), 'day'],
    ['nb', '12. mars 2023', local(2023, 3, 12), 'day'],
    ['nb', '12. mars 2023 kl. 14:03', local(2023, 3, 12, 14, 3), 'minute'],
    ['nb', '7. februar kl. 17:43', local(2026, 2, 7, 17, 43), 'minute'],
    ['nb', 'lørdag 7. februar 2026 kl. 17:43', local(2026, 2, 7, 17, 43), 'minute'],
    ['nb', '5. november 2016 kl. 02:39', local(2016, 11, 5, 2, 39), 'minute'],
    ['nn', '3. desember kl. 09:15', local(2025, 12, 3, 9, 15), 'minute'],
    ['da', '12. marts kl. 14:03', local(2026, 3, 12, 14, 3), 'minute'],
    ['da', '3. december 2015 kl. 10:29', local(2015, 12, 3, 10, 29), 'minute'],
    ['sv', '12 mars kl. 14:03', local(2026, 3, 12, 14, 3), 'minute'],
    ['sv', '12 mars 2023', local(2023, 3, 12), 'day'],
    ['en', 'March 12 at 2:03 PM', local(2026, 3, 12, 14, 3), 'minute'],
    ['en', 'March 12, 2023', local(2023, 3, 12), 'day'],
    ['en', '12 March at 14:03', local(2026, 3, 12, 14, 3), 'minute'],
  ] as const)('%s «%s»', (locale, label, from, precision) => {
    const r = range(label, locale);
    expect(r.from).toBe(from);
    expect(r.precision).toBe(precision);
    expect(r.to - r.from).toBe(precision === 'day' ? D - 1 : 60_000 - 1);
  });

  it('puts a date without a year in the past year when it would be in the future', () => {
    // 3 December has not come yet on 22 November 2026: it was 3 December 2025
    expect(range('3. desember', 'nb').from).toBe(local(2025, 12, 3));
  });

  it('reads weekday labels as the latest such day before today', () => {
    expect(range('tirsdag kl. 15:00', 'nb').from).toBe(local(2026, 11, 17, 15, 0));
    expect(range('Friday at 9:30 AM', 'en').from).toBe(local(2026, 11, 20, 9, 30));
  });

  it('rejects what is not a time', () => {
    for (const label of ['Se mer', 'Fjordvik kommune', '12 kommentarer', '', 'Del', 'x'.repeat(100)]) expect(parseTimeLabel(label, 'nb', now), label).toBeNull();
  });

  it('falls back to other locales when the interface language is unknown', () => {
    expect(range('12. marts kl. 14:03', 'unknown').from).toBe(local(2026, 3, 12, 14, 3));
    expect(range('10h', 'unknown').precision).toBe('hour');
  });
});

describe('round trip with the fixture builder', () => {
  it.each(FACEBOOK_LOCALES)('every label the builder writes in %s contains the true time', (locale) => {
    const ages = [3 * 60_000, 50 * 60_000, 5 * H, 23 * H, 26 * H, 3 * D + 5 * H, 9 * D, 40 * D, 300 * D, 500 * D];
    for (const age of ages) {
      const at = new Date(now.getTime() - age);
      for (const label of [postTimeLabel(at, now, locale), commentTimeLabel(at, now, locale), longAgo(at, now, locale)]) {
        const t = parseTimeLabel(label, locale, now);
        expect(t, `${locale} «${label}»`).not.toBeNull();
        expect(Date.parse(t!.from), label).toBeLessThanOrEqual(at.getTime());
        expect(Date.parse(t!.to), label).toBeGreaterThanOrEqual(at.getTime() - 60_000);
      }
    }
  });
});

describe('timeLabelReader', () => {
  it('answers as parseTimeLabel for each label and source, also when asked again', () => {
    const read = timeLabelReader('nb', now);
    const labels = ['2 t', '2 t', 'I går kl. 14:05', 'ikke en tid', '', '3 d', '2 t', 'for 5 minutter siden'];
    let timed = 0;
    for (const source of ['dom', 'aria-label', 'dom'] as const) {
      for (const label of labels) {
        const value = read(label, source);
        if (value) timed++;
        expect(value, `${source} «${label}»`).toEqual(parseTimeLabel(label, 'nb', now, source));
      }
    }
    expect(timed).toBeGreaterThan(10);
    // the source is part of what is remembered
    expect(read('2 t', 'aria-label')?.source).toBe('aria-label');
    expect(read('2 t', 'dom')?.source).toBe('dom');
  });
});

describe('exactTime', () => {
  it('is an instant', () => {
    const t = exactTime(new Date(1723573975 * 1000), 'structured-data');
    expect(t).toEqual({ from: '2024-08-13T18:32:55.000Z', to: '2024-08-13T18:32:55.000Z', precision: 'exact', source: 'structured-data' });
  });
});

describe('iso: Date#toISOString in integer arithmetic', () => {
  it('gives toISOString’s text for whole milliseconds from 1970 to 9999, and defers to it elsewhere', () => {
    const edges = [
      0, 1, 999, 86_399_999, 86_400_000, Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(2000, 2, 1), Date.UTC(2100, 1, 28, 12), Date.UTC(2100, 2, 1),
      Date.UTC(1999, 11, 31, 23, 59, 59, 999), Date.UTC(2024, 1, 29), Date.UTC(2026, 2, 4, 10, 0, 0, 5), Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      // past the fast path: before 1970, year 10000, fractions of a millisecond
      -1, -86_400_001, Date.UTC(10000, 0, 1), Date.UTC(1969, 11, 31, 23, 59, 59, 999), 1.5, Date.UTC(2026, 0, 1) + 0.25,
    ];
    // a seeded walk over the whole range (Math.random would make a failure hard to repeat)
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const random = Array.from({ length: 20_000 }, () => Math.floor(next() * 253_402_300_800_000));
    for (const ms of [...edges, ...random]) expect(iso(ms), String(ms)).toBe(new Date(ms).toISOString());
  });

  it('throws for an invalid time, as toISOString does', () => {
    expect(() => iso(Number.NaN)).toThrow(RangeError);
    expect(() => iso(8.64e15 + 1)).toThrow(RangeError);
  });
});

describe('relative labels never hold a clock', () => {
  // parseRelative returns at once for a label with «:», since none of the words it drops has one
  it.each(FACEBOOK_LOCALES)('no «ago» word of %s holds a colon', (locale) => {
    for (const word of UI_STRINGS[locale].time.ago) expect(word).not.toContain(':');
  });
});
