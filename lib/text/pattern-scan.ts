/**
 * The combined «re:» pattern of a lexicon, tried only where one of its alternatives can begin.
 * Every alternative is preceded by «not after a letter or digit», so one starting with a letter or
 * digit can only begin where a word does (or after its apostrophe); the others begin with one of a
 * few listed characters (§, emoji). From each pattern's first element (a literal word, a digit, a
 * character class, «[\p{L}]{2,}(?:endings)») we know which words can start a match; the combined
 * pattern then runs anchored (sticky) at those words only, in text order, which finds exactly the
 * matches the unanchored scan finds — without testing two dozen alternatives at every word.
 * A pattern whose start this does not understand turns the shortcut off for its lexicon.
 */
import { ANY_TAIL, IN_PATTERN_ENDINGS, SLOT_MASK, lowerEndsWith, lowerLength, lowerStartsWith, tailKey, tailOf, type PreparedText } from './text-features';

export interface PatternScan {
  /** the combined pattern, anchored at `lastIndex` */
  sticky: RegExp;
  /** an alternative may start with an ASCII digit / with any letter */
  digit: boolean;
  letter: boolean;
  /** lower-case words an alternative starts with, by their first UTF-16 unit, that may go on (the match ends inside the word) */
  words: ReadonlyArray<readonly string[] | undefined>;
  /** lower-case words an alternative starts with that must end there (the lexicon marks them in its word map) */
  exactWords: readonly string[];
  /** «[\p{L}]{2,}(?:…)» patterns: a word ending in one of these (lower case), by `tailKey` */
  endings: ReadonlyMap<number, readonly string[]>;
  /** characters (not letters or digits) an alternative may start with: below U+2190, and from there on (only in a text with such characters) */
  chars: readonly string[];
  symbolChars: readonly string[];
  /**
   * Which alternatives (bit g for alternative g) may start where each of the above holds: at a
   * word start only those are tried, with an anchored pattern of them alone (`subset`), which finds
   * what the combined one finds there (the others cannot match there) without trying two dozen
   * alternatives. ALL_ALTERNATIVES when there are too many alternatives for the bits.
   */
  digitAlts: number;
  letterAlts: number;
  wordAlts: ReadonlyMap<string, number>;
  exactAlts: ReadonlyMap<string, number>;
  endingAlts: ReadonlyMap<string, number>;
  charAlts: ReadonlyMap<string, number>;
  /** every alternative's bit */
  all: number;
  /** `sticky` of the alternatives of a mask alone, and their numbers; made when first asked for */
  subsets: Map<number, Subset>;
  /** the alternatives' sources, and the combined pattern's source around them (null: no subsets, `sticky` is used throughout) */
  sources: readonly string[];
  wrap: { before: string; after: string; flags: string } | null;
  /**
   * Per alternative of the form «word\s+…» or «\d{m,n}\s+…» (bits in `followAlts`): what the next
   * word must start with, and the length of this one. Most tries at «i», «er», «for» or a number
   * fail at the next word; this skips them without running the pattern.
   */
  follows: ReadonlyArray<Follow | undefined>;
  followAlts: number;
}

/** the next word may start with an ASCII digit / with one of `words`; this one has `min` to `max` units */
interface Follow extends Lead {
  min: number;
  max: number;
}

interface Subset {
  sticky: RegExp;
  /** the alternative number of each capture group (group g + 1) */
  groups: readonly number[];
}

/** a mask that stands for every alternative */
export const ALL_ALTERNATIVES = -1;
/** more alternatives than this are not told apart (a mask has 31 usable bits) */
const MAX_MASKED = 30;

interface Lead {
  digit: boolean;
  letter: boolean;
  words: Array<{ word: string; exact: boolean }>;
  endings: string[];
  chars: string[];
}

/** «(?:er|blir)\s+», «for\s+», «\d{3,4}\s+»: a word (letters, or ASCII digits: m to n of them) and white space, then the rest */
const FOLLOW_RE = /^(?:\(\?:(?:\p{L}+\|)*\p{L}+\)|\p{L}+|\\d(?:\{(\d+),(\d+)\}|\+)?)\\s\+/u;
const ENDING_ALT_RE = /^\[\\p\{L\}\]\{2,\}\(\?:((?:[\p{Ll}]+\|)*[\p{Ll}]+)\)$/u;
const LETTER_RE = /^\p{L}$/u;
const DIGIT_OR_LETTER_RE = /^[\p{L}\p{N}]$/u;

/** The first element of `src` at `i`: what a match can start with, and whether it may match nothing. Throws when unknown. */
function leadAt(src: string, i: number, lead: Lead): void {
  if (src[i] === '^') i++;
  const c = src[i];
  if (c === undefined) throw new Error('empty');
  if (c === '(') {
    if (!src.startsWith('(?:', i)) throw new Error('group');
    // the alternatives of the group, split at top-level «|»
    let depth = 0, start = i + 3, j = i + 3;
    const alts: string[] = [];
    for (; j < src.length; j++) {
      const ch = src[j];
      if (ch === '\\') { j++; continue; }
      if (ch === '[') { while (j < src.length && src[j] !== ']') { if (src[j] === '\\') j++; j++; } continue; }
      if (ch === '(') depth++;
      else if (ch === ')') { if (depth === 0) break; depth--; }
      else if (ch === '|' && depth === 0) { alts.push(src.slice(start, j)); start = j + 1; }
    }
    alts.push(src.slice(start, j));
    const rest = src.slice(j + 1);
    for (const a of alts) leadAt(`${a}${rest.replace(/^[?*]|^\{0,\d*\}/, '')}`, 0, lead);
    // an optional group: what follows it may start the match too
    if (/^(?:[?*]|\{0,)/.test(rest)) leadAt(rest.replace(/^(?:[?*]\??|\{0,\d*\}\??)/, ''), 0, lead);
    return;
  }
  const optional = (at: number) => /^(?:[?*]|\{0,)/.test(src.slice(at));
  if (c === '\\') {
    const e = src[i + 1];
    if (e === 'd' && !optional(i + 2)) { lead.digit = true; return; }
    if (src.startsWith('\\p{L}', i) && !optional(i + 5)) { lead.letter = true; return; }
    throw new Error('escape');
  }
  if (c === '[') {
    const end = src.indexOf(']', i);
    const body = src.slice(i + 1, end);
    if (end < 0 || optional(end + 1)) throw new Error('class');
    if (body === '\\p{L}') { lead.letter = true; return; }
    if (/[\\\]^-]/.test(body)) throw new Error('class body');
    for (const ch of body) {
      if (LETTER_RE.test(ch)) lead.words.push({ word: ch.toLowerCase(), exact: false });
      else if (/^[0-9]$/.test(ch)) lead.digit = true;
      else if (DIGIT_OR_LETTER_RE.test(ch)) throw new Error('class char');
      else lead.chars.push(ch);
    }
    return;
  }
  if (LETTER_RE.test(c)) {
    let j = i;
    while (j < src.length && LETTER_RE.test(src[j]!)) j++;
    let word = src.slice(i, j);
    // a quantifier applies to the last letter only
    if (optional(j) || /^[+{]/.test(src.slice(j))) word = word.slice(0, -1);
    if (!word) throw new Error('optional letter');
    // the word must end where «\s», «\.» or the end follows: nothing but it can stand in that word
    const exact = word === src.slice(i, j) && (j === src.length || ((src.startsWith('\\s', j) || src.startsWith('\\.', j)) && !optional(j + 2)));
    lead.words.push({ word: word.toLowerCase(), exact });
    return;
  }
  if (/^[0-9]$/.test(c)) { if (optional(i + 1)) throw new Error('optional digit'); lead.digit = true; return; }
  const cp = String.fromCodePoint(src.codePointAt(i)!);
  if (DIGIT_OR_LETTER_RE.test(cp) || '.\\$|)?*+{}'.includes(cp)) throw new Error('char');
  if (optional(i + cp.length)) throw new Error('optional char');
  lead.chars.push(cp);
}

/** The shortcut for the combined pattern `re` (built from `sources`), or null when a source's start is not understood. */
export function compilePatternScan(sources: readonly string[], re: RegExp): PatternScan | null {
  const lead: Lead = { digit: false, letter: false, words: [], endings: [], chars: [] };
  const masked = sources.length <= MAX_MASKED;
  const digitAlts = { v: 0 }, letterAlts = { v: 0 };
  const wordAlts = new Map<string, number>(), exactAlts = new Map<string, number>(), endingAlts = new Map<string, number>(), charAlts = new Map<string, number>();
  const or = (map: Map<string, number>, key: string, bit: number) => map.set(key, masked ? (map.get(key) ?? 0) | bit : ALL_ALTERNATIVES);
  try {
    sources.forEach((src, g) => {
      // each alternative's own start, then added to the shared one
      const own: Lead = { digit: false, letter: false, words: [], endings: [], chars: [] };
      const m = ENDING_ALT_RE.exec(src);
      if (m) own.endings.push(...m[1]!.split('|'));
      else leadAt(src, 0, own);
      const bit = masked ? 1 << g : ALL_ALTERNATIVES;
      if (own.digit) { lead.digit = true; digitAlts.v |= bit; }
      if (own.letter) { lead.letter = true; letterAlts.v |= bit; }
      for (const w of own.words) { lead.words.push(w); or(w.exact ? exactAlts : wordAlts, w.word, bit); }
      for (const e of own.endings) { lead.endings.push(e); or(endingAlts, e, bit); }
      for (const c of own.chars) { lead.chars.push(c); or(charAlts, c, bit); }
    });
  } catch {
    return null;
  }
  const words: Array<string[] | undefined> = [];
  const exactWords = new Set<string>();
  for (const w of lead.words) {
    if (w.exact) { exactWords.add(w.word); continue; }
    const list = (words[w.word.charCodeAt(0)] ??= []);
    if (!list.includes(w.word)) list.push(w.word);
  }
  const endings = new Map<number, string[]>();
  for (const e of new Set(lead.endings)) {
    if (e.length < 2) return null;
    const key = tailKey(e);
    endings.set(key, [...(endings.get(key) ?? []), e]);
  }
  const chars = [...new Set(lead.chars)];
  const follows: Array<Follow | undefined> = [];
  let followAlts = 0;
  if (masked) sources.forEach((src, g) => {
    const m = FOLLOW_RE.exec(src);
    if (!m) return;
    const next: Lead = { digit: false, letter: false, words: [], endings: [], chars: [] };
    try { leadAt(src.slice(m[0].length), 0, next); } catch { return; }
    if (next.letter || next.chars.length > 0) return;
    follows[g] = { ...next, min: +(m[1] ?? 0), max: +(m[2] ?? Infinity) };
    followAlts |= 1 << g;
  });
  // the alternatives sit in `re` as «(source)|(source)…» between a prefix and a suffix
  const body = sources.map((src) => `(${src})`).join('|');
  const at = re.source.indexOf(body);
  const wrap = masked && at >= 0 && re.source.indexOf(body, at + 1) < 0
    ? { before: re.source.slice(0, at), after: re.source.slice(at + body.length), flags: re.flags.replace('g', '') + 'y' }
    : null;
  return {
    sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'),
    digit: lead.digit,
    letter: lead.letter,
    words,
    exactWords: [...exactWords],
    endings,
    chars: chars.filter((c) => c.charCodeAt(0) < 0x2190),
    symbolChars: chars.filter((c) => c.charCodeAt(0) >= 0x2190),
    digitAlts: digitAlts.v,
    letterAlts: letterAlts.v,
    wordAlts,
    exactAlts,
    endingAlts,
    charAlts,
    all: masked ? 2 ** sources.length - 1 : ALL_ALTERNATIVES,
    subsets: new Map(),
    sources,
    wrap,
    follows,
    followAlts,
  };
}

/** The anchored pattern for the alternatives of `mask`: the combined one for all of them (or without subsets). */
function subset(scan: PatternScan, mask: number): Subset {
  let sub = scan.subsets.get(mask);
  if (sub) return sub;
  const wrap = scan.wrap;
  if (wrap === null || mask === scan.all || mask === ALL_ALTERNATIVES) {
    sub = { sticky: scan.sticky, groups: scan.sources.map((_, g) => g) };
  } else {
    const groups = scan.sources.map((_, g) => g).filter((g) => (mask & (1 << g)) !== 0);
    sub = { sticky: new RegExp(`${wrap.before}${groups.map((g) => `(${scan.sources[g]})`).join('|')}${wrap.after}`, wrap.flags), groups };
  }
  scan.subsets.set(mask, sub);
  return sub;
}

/**
 * May a match start at word i? The start of the word, and after its apostrophe if any, go to
 * `starts`, and to `alts` the alternatives that may match there (a mask, see PatternScan).
 * `exactAlts`: those whose start is this very word (the caller has looked the word up in the
 * lexicon's word map already; 0: none). `endingFilter`: the lexicon's filter, whose
 * IN_PATTERN_ENDINGS bit spares most words the lookup of `scan.endings` (null: look every word up).
 */
export function addPatternStarts(
  scan: PatternScan, p: PreparedText, i: number, exactAlts: number, starts: number[], alts: number[], endingFilter: Uint8Array | null = null,
  tailBit = ANY_TAIL,
): void {
  const start = p.starts[i]!;
  // after the apostrophe of «it's» a letter follows a non-letter: a match may start there as well
  const apos = p.apostrophes && p.ends[i]! - start > 1 ? apostropheAt(p.text, start, p.ends[i]!) : -1;
  if (apos >= 0) {
    starts.push(start, start + apos + 1);
    alts.push(ALL_ALTERNATIVES, ALL_ALTERNATIVES);
    return;
  }
  let mask = exactAlts | startsHere(scan, p, i, endingFilter, tailBit);
  // a match of «word\s+X» is word i whole, then X at the start of word i + 1: check those first
  const follows = mask & scan.followAlts;
  if (follows !== 0) {
    const j = i + 1;
    // without a next word none of them can match
    if (j >= p.words) mask &= ~follows;
    else {
      const n = lowerLength(p, i);
      const c = p.lowerText.charCodeAt(p.lowerStarts[j]!);
      const digit = c >= 48 && c <= 57;
      for (let b = follows; b !== 0; b &= b - 1) {
        const g = 31 - Math.clz32(b & -b), f = scan.follows[g]!;
        if (n < f.min || n > f.max || !((f.digit && digit) || f.words.some((w) => lowerStartsWith(p, j, w.word)))) mask &= ~(1 << g);
      }
    }
  }
  if (mask !== 0) {
    starts.push(start);
    alts.push(mask);
  }
}

/** the alternatives that may start at word i by its first letters or its ending */
function startsHere(scan: PatternScan, p: PreparedText, i: number, endingFilter: Uint8Array | null, tailBit: number): number {
  let mask = 0;
  const at = p.lowerStarts[i]!;
  const c = p.lowerText.charCodeAt(at);
  if (scan.digit && c >= 48 && c <= 57) mask |= scan.digitAlts;
  const list = c < scan.words.length ? scan.words[c] : undefined;
  if (list) for (const w of list) if (lowerStartsWith(p, i, w)) mask |= scan.wordAlts.get(w)!;
  if (scan.letter && LETTER_RE.test(String.fromCodePoint(p.lowerText.codePointAt(at)!))) mask |= scan.letterAlts;
  // the endings are noted among the lexicon's (`tailBit`) when it is compiled
  if (scan.endings.size === 0 || (p.flags[i]! & tailBit) === 0) return mask;
  const tail = tailOf(p, i);
  if (endingFilter === null || (endingFilter[tail & SLOT_MASK]! & IN_PATTERN_ENDINGS) !== 0) {
    const ends = scan.endings.get(tail);
    // «[\p{L}]{2,}» before the ending: two letters or more («sendes» alone is no match)
    if (ends) for (const e of ends) if (lowerLength(p, i) >= e.length + 2 && lowerEndsWith(p, i, e)) mask |= scan.endingAlts.get(e)!;
  }
  return mask;
}

/**
 * The matches of the combined pattern in `p.text`, as the global scan finds them, each as
 * (start, matched text, alternative index); `onMatch` is called in text order. `starts` and `alts`
 * are what addPatternStarts gave, in text order (they are added to, and may be reordered).
 * Not for a text with «ſ» (`p.longS`): it folds to «s» in a case-insensitive pattern but stays «ſ»
 * in lower case, so the words would not show the match — such a text takes the full scan.
 */
export function scanPatterns(
  p: PreparedText, scan: PatternScan, starts: number[], alts: number[], onMatch: (index: number, text: string, group: number) => void,
): void {
  const text = p.text;
  let more = false;
  for (const ch of scan.chars) {
    // «§» and the other signs of U+00A0–U+00BF are looked for only in a text that has them
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xa0 && c < 0xc0 && (p.latinSigns & (1 << (c - 0xa0))) === 0) continue;
    more = positionsOf(text, ch, scan.charAlts.get(ch)!, starts, alts) || more;
  }
  if (p.symbols && scan.symbolChars.length > 0) more = symbolPositions(text, p.firstSymbol, scan, starts, alts) || more;
  if (more) sortTogether(starts, alts);
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < next) continue;
    const sub = subset(scan, alts[k]!);
    const re = sub.sticky;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    if (m[0].length === 0) { next = at + 1; continue; }
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) { onMatch(at, m[0], sub.groups[g - 1]!); break; }
    }
    next = at + m[0].length;
  }
}

function positionsOf(text: string, ch: string, mask: number, out: number[], alts: number[]): boolean {
  let found = false;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + ch.length)) { out.push(at); alts.push(mask); found = true; }
  return found;
}

/**
 * Where `scan.symbolChars` stand in the text: one pass that looks only at units from U+2190 on,
 * rather than a search through the whole text for each of the dozen emoji.
 */
function symbolPositions(text: string, from: number, scan: PatternScan, out: number[], alts: number[]): boolean {
  let found = false;
  for (let at = from; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c < 0x2190) continue;
    for (const ch of scan.symbolChars) {
      if (ch.charCodeAt(0) === c && text.startsWith(ch, at)) { out.push(at); alts.push(scan.charAlts.get(ch)!); found = true; break; }
    }
  }
  return found;
}

/** sorts `starts` ascending and `alts` along with it (positions are distinct) */
function sortTogether(starts: number[], alts: number[]): void {
  const order = starts.map((_, k) => k).sort((a, b) => starts[a]! - starts[b]!);
  const s = order.map((k) => starts[k]!), a = order.map((k) => alts[k]!);
  for (let k = 0; k < s.length; k++) { starts[k] = s[k]!; alts[k] = a[k]!; }
}

/** where the word text[start, end) has its first «'» (else its first «’»), from its start; -1 when it has none */
function apostropheAt(text: string, start: number, end: number): number {
  const a = text.indexOf("'", start);
  if (a >= 0 && a < end) return a - start;
  const b = text.indexOf('’', start);
  return b >= 0 && b < end ? b - start : -1;
}
