/**
 * Facebook time labels → TimeValue intervals, per interface language.
 * Relative labels are floors («3 d» = at least 3 and less than 4 days ago), so they become
 * intervals with a precision; absolute labels («12. mars kl. 14:03») are local times known to the
 * minute, or to the day without a clock. Parsing of absolute dates uses date-fns with each locale.
 */
import { addDays, addYears, startOfDay, subDays } from 'date-fns';
import type { Locale } from 'date-fns';
// one module per locale: the build trims each to what parsing reads (./wxt.config.ts)
import { da } from 'date-fns/locale/da';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { nb } from 'date-fns/locale/nb';
import { nn } from 'date-fns/locale/nn';
import { sv } from 'date-fns/locale/sv';
import type { Source, TimeValue } from '../snapshot/schema';
import { FACEBOOK_LOCALES, UI_STRINGS, normalizeLabel, type FacebookLocale } from '../facebook/ui-strings';
import { compileDateFormat, type CompiledDateParser } from './absolute-date';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const UNIT_MS: Record<Unit, number> = { minute: MINUTE, hour: HOUR, day: DAY, week: WEEK, month: 30 * DAY, year: 365 * DAY };

export const DATE_LOCALES: Record<FacebookLocale, Locale[]> = { nb: [nb], nn: [nn, nb], da: [da], sv: [sv], en: [enUS, enGB] };

/** Formats tried for absolute labels; the first that parses the whole label wins. */
export const ABSOLUTE_FORMATS: Record<FacebookLocale, { format: string; hasYear: boolean; hasTime: boolean }[]> = (() => {
  const nordic = (dot: string) => [
    { format: `EEEE d${dot} MMMM yyyy 'kl.' HH:mm`, hasYear: true, hasTime: true },
    { format: `EEEE d${dot} MMMM yyyy 'kl' HH:mm`, hasYear: true, hasTime: true },
    { format: `EEEE d${dot} MMMM 'kl.' HH:mm`, hasYear: false, hasTime: true },
    { format: `EEEE d${dot} MMMM yyyy`, hasYear: true, hasTime: false },
    { format: `d${dot} MMMM yyyy 'kl.' HH:mm`, hasYear: true, hasTime: true },
    { format: `d${dot} MMMM yyyy 'kl' HH:mm`, hasYear: true, hasTime: true },
    { format: `d${dot} MMMM 'kl.' HH:mm`, hasYear: false, hasTime: true },
    { format: `d${dot} MMMM 'kl' HH:mm`, hasYear: false, hasTime: true },
    { format: `d${dot} MMMM yyyy`, hasYear: true, hasTime: false },
    { format: `d${dot} MMMM`, hasYear: false, hasTime: false },
    { format: `d${dot} MMM yyyy`, hasYear: true, hasTime: false },
    { format: `d${dot} MMM`, hasYear: false, hasTime: false },
  ];
  return {
    nb: nordic('.'),
    nn: nordic('.'),
    da: nordic('.'),
    sv: [...nordic(''), ...nordic('.')],
    en: [
      { format: "EEEE, MMMM d, yyyy 'at' h:mm a", hasYear: true, hasTime: true },
      { format: "EEEE d MMMM yyyy 'at' HH:mm", hasYear: true, hasTime: true },
      { format: "EEEE, MMMM d 'at' h:mm a", hasYear: false, hasTime: true },
      { format: "MMMM d, yyyy 'at' h:mm a", hasYear: true, hasTime: true },
      { format: "MMMM d 'at' h:mm a", hasYear: false, hasTime: true },
      { format: "d MMMM yyyy 'at' HH:mm", hasYear: true, hasTime: true },
      { format: "d MMMM 'at' HH:mm", hasYear: false, hasTime: true },
      { format: 'MMMM d, yyyy', hasYear: true, hasTime: false },
      { format: 'MMMM d', hasYear: false, hasTime: false },
      { format: 'd MMMM yyyy', hasYear: true, hasTime: false },
      { format: 'd MMMM', hasYear: false, hasTime: false },
    ],
  };
})();

/** Two digits (three with `three`), zero-padded. */
const pad = (n: number, three = false) => (n < 10 ? (three ? '00' : '0') : three && n < 100 ? '0' : '') + n;

/**
 * `new Date(ms).toISOString()`, worked out in integer arithmetic for whole milliseconds from 1970
 * to 9999 (H. Hinnant's civil_from_days): every label makes two, and toISOString is a call into the
 * Date machinery. Anything else goes to toISOString (which throws for an invalid time).
 */
export function iso(ms: number): string {
  if (!(Number.isInteger(ms) && ms >= 0 && ms < 253_402_300_800_000)) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / HOUR);
  rest -= hour * HOUR;
  const minute = Math.floor(rest / MINUTE);
  rest -= minute * MINUTE;
  const second = Math.floor(rest / 1000);
  return `${year}-${pad(month)}-${pad(doy - Math.floor((153 * mp + 2) / 5) + 1)}T${pad(hour)}:${pad(minute)}:${pad(second)}.${pad(rest - second * 1000, true)}Z`;
}

function interval(from: number, to: number, precision: TimeValue['precision'], source: Source, raw: string): TimeValue {
  return { from: iso(Math.min(from, to)), to: iso(Math.max(from, to)), precision, source, raw: raw.slice(0, 200) };
}

/** An exact instant (from === to), e.g. a JSON creation_time or classic data-utime. */
export function exactTime(date: Date, source: Source, raw?: string): TimeValue {
  const at = iso(date.getTime());
  return { from: at, to: at, precision: 'exact', source, ...(raw ? { raw: raw.slice(0, 200) } : {}) };
}

/** Per locale, the lower-cased words of its time labels, looked up once instead of lower-cased per label. */
const TIME_WORDS = (() => {
  const units: Unit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];
  const out = {} as Record<FacebookLocale, { units: Map<string, Unit>; justNow: Set<string>; yesterday: string[] }>;
  for (const locale of FACEBOOK_LOCALES) {
    const t = UI_STRINGS[locale].time;
    const byWord = new Map<string, Unit>();
    // the first unit that has the word wins, as a scan in this order would
    for (const unit of units) for (const form of t[unit]) if (!byWord.has(form.toLowerCase())) byWord.set(form.toLowerCase(), unit);
    out[locale] = {
      units: byWord,
      justNow: new Set(t.justNow.forms.map((f) => f.toLowerCase())),
      yesterday: t.yesterday.forms.map((f) => f.toLowerCase()),
    };
  }
  return out;
})();

function unitOf(word: string, locale: FacebookLocale): Unit | null {
  return TIME_WORDS[locale].units.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, ein: 1, eitt: 1, et: 1, a: 1, an: 1, one: 1 };

const FILLER = ['for', 'för', 'omtrent', 'about', 'ago', 'siden', 'sidan', 'sedan', 'cirka', 'ungefär', 'om', 'lag'];
const COMPACT = /^(\d+) ?([a-zæøåäö.]+)$/;

function parseRelative(label: string, locale: FacebookLocale, now: Date, source: Source): TimeValue | null {
  const t = UI_STRINGS[locale].time;
  let text = label.toLowerCase();
  // the usual short form («3 u», «12m»): when its word is no filler, the cleaning below would keep it as it is
  const compact = COMPACT.exec(text);
  if (compact && !t.ago.includes(compact[2]) && !FILLER.includes(compact[2]) && !(compact[2] in NUMBER_WORDS)) {
    return relativeInterval(Number(compact[1]), unitOf(compact[2], locale), now, source, label);
  }
  // long forms: «for 3 timer siden», «for omtrent en time siden», «3 hours ago», «för 2 dagar sedan»
  // (never with a clock: no word that is dropped below holds a colon, and the pattern has none)
  if (text.includes(':')) return null;
  const words = text.split(' ').filter((w) => !t.ago.includes(w) || /^\d+$/.test(w) || w in NUMBER_WORDS);
  const cleaned = words.filter((w) => !FILLER.includes(w));
  text = cleaned.join(' ');
  const m = /^(\d+|en|ett|ein|eitt|et|a|an|one)\s*([a-zæøåäö.]+)$/.exec(text);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]];
  return relativeInterval(n, unitOf(m[2], locale), now, source, label);
}

function relativeInterval(n: number | undefined, unit: Unit | null, now: Date, source: Source, label: string): TimeValue | null {
  if (!unit || n === undefined) return null;
  const size = UNIT_MS[unit];
  const nowMs = now.getTime();
  // «3 t» is shown from 3 h to just under 4 h after the time: the time lies in (now − 4 h, now − 3 h]
  return interval(nowMs - (n + 1) * size + 1, nowMs - n * size, unit, source, label);
}

function parseClock(text: string): { h: number; m: number } | null {
  const m = /(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?/i.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (m[3]) {
    const pm = m[3].toLowerCase().startsWith('p');
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  if (h > 23 || min > 59) return null;
  return { h, m: min };
}

function parseYesterday(label: string, locale: FacebookLocale, now: Date, source: Source): TimeValue | null {
  const forms = TIME_WORDS[locale].yesterday;
  const lower = label.toLowerCase();
  const form = forms.find((f) => lower === f || lower.startsWith(`${f} `));
  if (!form) return null;
  const day = subDays(startOfDay(now), 1);
  const clock = parseClock(lower.slice(form.length));
  if (clock) {
    const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), clock.h, clock.m).getTime();
    return interval(at, at + MINUTE - 1, 'minute', source, label);
  }
  return interval(day.getTime(), addDays(day, 1).getTime() - 1, 'day', source, label);
}

const WEEKDAYS: Record<FacebookLocale, string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};

/** «tirsdag kl. 15:00», «Tuesday at 3:00 PM»: the latest such weekday before today. */
function parseWeekday(label: string, locale: FacebookLocale, now: Date, source: Source): TimeValue | null {
  const lower = label.toLowerCase();
  const day = WEEKDAYS[locale].findIndex((d) => lower === d || lower.startsWith(`${d} `));
  if (day < 0) return null;
  const rest = lower.slice(WEEKDAYS[locale][day].length).trim();
  const at = UI_STRINGS[locale].time.at;
  if (rest && !at.some((w) => rest.startsWith(w))) return null;
  const todayIndex = (now.getDay() + 6) % 7;
  const back = ((todayIndex - day + 7) % 7) || 7;
  const date = subDays(startOfDay(now), back);
  const clock = rest ? parseClock(rest) : null;
  if (rest && !clock) return null;
  if (clock) {
    const t = new Date(date.getFullYear(), date.getMonth(), date.getDate(), clock.h, clock.m).getTime();
    return interval(t, t + MINUTE - 1, 'minute', source, label);
  }
  return interval(date.getTime(), addDays(date, 1).getTime() - 1, 'day', source, label);
}

/**
 * What a label must contain for a format to have a chance (its literals, a digit or a letter first,
 * a clock's colon, a run of digits per numeric field): date-fns formats are slow to say no, and
 * most labels fit none of a locale's formats. Worked out once per format.
 */
const requirements = new Map<string, { literals: string[]; colon: boolean; fields: number; digitFirst: boolean }>();

function couldFit(format: string, lower: string, digitRuns: number): boolean {
  let need = requirements.get(format);
  if (!need) {
    need = {
      literals: (format.match(/'[^']+'/g) ?? []).map((literal) => literal.slice(1, -1)),
      colon: format.includes(':'),
      // each numeric field (day, year, hour, minute) takes a run of digits of its own
      fields: format.replace(/'[^']+'/g, '').match(/d+|y+|H+|h+|m+/g)?.length ?? 0,
      digitFirst: format.startsWith('d'),
    };
    requirements.set(format, need);
  }
  for (const literal of need.literals) if (!lower.includes(literal)) return false;
  if (need.colon && !lower.includes(':')) return false;
  if (/^\d/.test(lower) !== need.digitFirst) return false;
  return digitRuns >= need.fields;
}

/** Each format compiled once per date-fns locale (./absolute-date.ts): date-fns re-reads the format on every call. */
const compiledFormats = new Map<Locale, Map<string, CompiledDateParser>>();

function parseDate(text: string, format: string, now: Date, locale: Locale): Date | null {
  let byFormat = compiledFormats.get(locale);
  if (!byFormat) compiledFormats.set(locale, (byFormat = new Map()));
  let compiled = byFormat.get(format);
  if (!compiled) byFormat.set(format, (compiled = compileDateFormat(format, locale)));
  // every format above is one the compiler mirrors (its tests check that none answers «undefined»),
  // so date-fns's own parse is not needed, nor shipped in the content script
  return compiled(text, now) ?? null;
}

function parseAbsolute(label: string, locale: FacebookLocale, now: Date, source: Source): TimeValue | null {
  // Facebook writes «kl.» and «at» with ordinary or non-breaking spaces; capitalised weekdays/months are fine for date-fns.
  const text = label.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ').trim();
  const lower = text.toLowerCase();
  const digitRuns = lower.match(/\d+/g)?.length ?? 0;
  const formats = ABSOLUTE_FORMATS[locale].filter((f) => couldFit(f.format, lower, digitRuns));
  if (!formats.length) return null;
  for (const loc of DATE_LOCALES[locale]) {
    for (const f of formats) {
      let date = parseDate(text, f.format, now, loc);
      if (!date && lower !== text) date = parseDate(lower, f.format, now, loc);
      if (!date) continue;
      // without a year Facebook means the latest such date that is not in the future
      if (!f.hasYear && date.getTime() > now.getTime() + DAY) date = addYears(date, -1);
      if (f.hasTime) return interval(date.getTime(), date.getTime() + MINUTE - 1, 'minute', source, label);
      const start = startOfDay(date).getTime();
      return interval(start, addDays(start, 1).getTime() - 1, 'day', source, label);
    }
  }
  return null;
}

/**
 * Parses a time label as shown in `locale` («2 t», «I går kl. 17:48», «12. mars 2023»).
 * With locale 'unknown' every locale is tried. Returns null when nothing fits.
 */
const LOCALE_ORDER = Object.fromEntries(FACEBOOK_LOCALES.map((l) => [l, [l, ...FACEBOOK_LOCALES.filter((o) => o !== l)]])) as Record<FacebookLocale, FacebookLocale[]>;

export function parseTimeLabel(raw: string, locale: FacebookLocale | 'unknown', now: Date, source: Source = 'dom'): TimeValue | null {
  const label = normalizeLabel(raw);
  if (!label || label.length > 80) return null;
  // the viewer's own locale first; others only as a fallback for mixed pages
  const locales = locale === 'unknown' ? FACEBOOK_LOCALES : LOCALE_ORDER[locale];
  const lower = label.toLowerCase();
  for (const loc of locales) {
    if (TIME_WORDS[loc].justNow.has(lower)) {
      return interval(now.getTime() - MINUTE, now.getTime(), 'minute', source, label);
    }
    const value = parseYesterday(label, loc, now, source) ?? parseRelative(label, loc, now, source) ?? parseAbsolute(label, loc, now, source) ?? parseWeekday(label, loc, now, source);
    if (value) return value;
  }
  return null;
}


/**
 * parseTimeLabel for one read, remembering each label: comments repeat a few relative labels
 * («2 t», «3 d») hundreds of times. The values are shared, so they must not be changed.
 */
export function timeLabelReader(locale: FacebookLocale | 'unknown', now: Date): (raw: string, source: Source) => TimeValue | null {
  const known = new Map<string, TimeValue | null>();
  return (raw, source) => {
    const key = `${source}\u0000${raw}`;
    let value = known.get(key);
    if (value === undefined) {
      value = parseTimeLabel(raw, locale, now, source);
      known.set(key, value);
    }
    return value;
  };
}
