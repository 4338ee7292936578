import type { FacebookLocale, UiPattern, UiString, UiStrings } from './types';
import { nb } from './nb';
import { nn } from './nn';
import { da } from './da';
import { sv } from './sv';
import { en } from './en';

export type { FacebookLocale, UiStrings, UiString, UiPattern, Confidence } from './types';

export const UI_STRINGS: Record<FacebookLocale, UiStrings> = { nb, nn, da, sv, en };
export const FACEBOOK_LOCALES: FacebookLocale[] = ['nb', 'nn', 'da', 'sv', 'en'];

/** A blank other than a plain space, or two in a row: only then does collapsing change anything. */
const COLLAPSIBLE = /[^\S ]| {2}/;

/**
 * Collapses whitespace (Facebook uses non-breaking spaces) for comparing labels. Most texts have
 * single plain spaces only: those are not rebuilt (a replace would copy every one of them).
 */
export function normalizeLabel(text: string): string {
  return COLLAPSIBLE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** Exact (case-insensitive) for seen forms; prefix for partial/inferred ones, which may be worded differently. */
export function matchesUi(entry: UiString, text: string | null | undefined): boolean {
  if (!text) return false;
  const t = normalizeLabel(text).toLowerCase();
  return entry.forms.some((form) => {
    const f = form.toLowerCase();
    return entry.confidence === 'seen' ? t === f : t === f || t.startsWith(f);
  });
}

/** Whether text starts with one of the forms (for aria-label prefixes such as «Kommentar fra»). */
export function startsWithUi(entry: UiString, text: string | null | undefined): string | null {
  if (!text) return null;
  const t = normalizeLabel(text);
  for (const form of entry.forms) if (t.toLowerCase().startsWith(form.toLowerCase())) return form;
  return null;
}

/** The number captured by a pattern («1,2k følgere» → "1,2k"), or null. */
export function matchPattern(entry: UiPattern, text: string | null | undefined): string | null {
  if (!text) return null;
  return matchNormalized(entry, normalizeLabel(text));
}

/** matchPattern for a text already passed through normalizeLabel. */
export function matchNormalized(entry: UiPattern, normalized: string): string | null {
  const m = entry.pattern.exec(normalized);
  if (!m) return null;
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return m[i].trim();
  return '';
}

/** Every string of every locale, for the diagnostics vocabulary and for locale detection. */
export function allUiForms(): string[] {
  const out = new Set<string>();
  for (const strings of Object.values(UI_STRINGS)) {
    for (const value of Object.values(strings)) {
      if (value && typeof value === 'object' && 'forms' in value) for (const f of (value as UiString).forms) out.add(f);
    }
    for (const f of [...strings.time.justNow.forms, ...strings.time.yesterday.forms]) out.add(f);
  }
  return [...out];
}

/** What `/\s/` matches, by UTF-16 code unit. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The index of the first code unit `/\S/` would match, or -1. */
function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Whether a text's first non-blank letter, lower-cased, is the first letter of one of `forms` (lower
 * case): by char code, remembered per code, so that the thousands of runs a read tests cost no
 * regex match and no lower-cased copy.
 */
function initialTest(forms: string[]): (text: string) => boolean {
  const initials = new Set(forms.map((f) => f[0]));
  const known = new Map<number, boolean>();
  return (text) => {
    const at = firstNonSpace(text);
    if (at < 0) return false;
    const code = text.charCodeAt(at);
    let fits = known.get(code);
    if (fits === undefined) known.set(code, (fits = initials.has(String.fromCharCode(code).toLowerCase()[0])));
    return fits;
  };
}

/**
 * `matchesUi` for several entries at once (one per locale), with the forms lower-cased once: the
 * reader asks this of every short text run of every post and comment.
 */
export function uiMatcher(entries: UiString[]): (text: string | null | undefined) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const entry of entries) {
    for (const form of entry.forms) {
      const f = form.toLowerCase();
      exact.add(f);
      if (entry.confidence !== 'seen') prefixes.push(f);
    }
  }
  // most runs fail on their first letter: check it before normalising the whole text
  const fitsFirst = initialTest([...exact]);
  return (text) => {
    if (!text || !fitsFirst(text)) return false;
    const t = normalizeLabel(text).toLowerCase();
    return exact.has(t) || prefixes.some((p) => t.startsWith(p));
  };
}

/**
 * Whether a run that `uiMatcher(entries)` accepts could be somewhere inside `text` (a whole post with
 * its comments): each form's first word, lower-cased, must then occur in it, since a match differs
 * from its form only in whitespace. False means no run of that text can match, so a post whose text
 * has none of the words («festet», «forfatter») need not have its runs looked at one by one.
 */
export function uiMayContain(entries: UiString[]): (text: string | null | undefined) => boolean {
  const words = [...new Set(entries.flatMap((entry) => entry.forms.map((f) => f.trim().toLowerCase().split(/\s/)[0])))];
  if (words.includes('')) return () => true;
  // one case-insensitive scan (Unicode case folding) instead of lower-casing the whole text
  const any = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
  return (text) => !!text && any.test(text);
}

/** `startsWithUi` for several entries at once: whether the text starts with any of their forms. */
export function uiPrefixMatcher(entries: UiString[]): (text: string | null | undefined) => boolean {
  const prefixes = [...new Set(entries.flatMap((entry) => entry.forms.map((f) => f.toLowerCase())))];
  const fitsFirst = prefixes.includes('') ? () => true : initialTest(prefixes);
  return (text) => {
    if (!text || !fitsFirst(text)) return false;
    const t = normalizeLabel(text).toLowerCase();
    return prefixes.some((p) => t.startsWith(p));
  };
}
