/**
 * Splits a text once into the pieces every judgement needs: words (with their offsets, case and
 * whether they stand at a sentence start, inside a quotation, in a hashtag or a mention),
 * sentences, and counts of exclamation and question marks (emoji and smileys on request). Pure and allocation-light: the
 * words are parallel arrays indexed by word number (no object per word), and a word's own text
 * is sliced only when it is shown as evidence (`wordAt`).
 */

/** Bits of `PreparedText.flags`. */
export const SENTENCE_START = 1;
/** inside a quotation («…», "…", or «– …, sier X») — not the page speaking to the reader */
export const QUOTED = 2;
export const HASHTAG = 4;
export const MENTION = 8;
/** the word has upper-case letters: its text differs from `lower` */
export const CASED = 16;

export interface Sentence {
  firstToken: number;
  /** one past the last token */
  endToken: number;
  question: boolean;
}

export interface PreparedText {
  /** the text with URLs blanked out (same length, so offsets stay valid) */
  text: string;
  /** per word i: its offsets in `text`, its lower case, its bits (SENTENCE_START …) and its sentence's index */
  starts: number[];
  ends: number[];
  lower: string[];
  flags: number[];
  sentenceOf: number[];
  /** per word: `wordSlot`, `headKey` and `tailKey` of its lower case (-1 when it is shorter than three), computed once */
  slots: number[];
  heads: number[];
  tails: number[];
  sentences: Sentence[];
  exclamations: number;
  questionMarks: number;
  hashtags: number;
  avgWordsPerSentence: number;
  /** the text has a character at or above U+2190 (arrows, symbols, emoji) */
  symbols: boolean;
  /** the text has «:», «;» or «=»: it may have a smiley (`smileysOf`) */
  colons: boolean;
  /** the text has an apostrophe (' or ’): a word may continue after one */
  apostrophes: boolean;
  /** the text has «ſ», which case-insensitive patterns fold to «s» but lower-casing keeps */
  longS: boolean;
  /** which of U+00C0–U+00FF (æ, ø, å, ä, ö …) the text has: bit c − 0xC0 of `latinLow`, bit c − 0xE0 of `latinHigh` */
  latinLow: number;
  latinHigh: number;
}

/**
 * The emoji and the number of smileys of a post (comments and page texts do not need them): the
 * regexes run only when the character pass saw a symbol or a «:», «;», «=».
 */
export function emojiOf(p: PreparedText): string[] {
  return p.symbols ? p.text.match(EMOJI_RE) ?? [] : [];
}

export function smileysOf(p: PreparedText): number {
  return p.colons ? p.text.match(SMILEY_RE)?.length ?? 0 : 0;
}

/** Word i as written (evidence, case-sensitive lists): its lower case unless it has capitals. */
export function wordAt(p: PreparedText, i: number): string {
  return (p.flags[i]! & CASED) !== 0 ? p.text.slice(p.starts[i]!, p.ends[i]!) : p.lower[i]!;
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
/**
 * A word is what /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/u matches («it's», «22», «Bodø»). Found by a scan
 * of code points instead of that regex: no match object per word. Letters and numbers below U+0300
 * (all Latin) come from a table made at load; other code points of the first two planes (dashes,
 * quotes, emoji …) are asked of the regex engine once and then kept in a second table.
 */
const LETTER = 1;
const NUMBER = 2;
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const TABLE_END = 0x300;
const LATIN_CLASS = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) LATIN_CLASS[c] = classOfUncached(c);
/** the class + 1 of a code point below LEARNED_END once asked (0: not asked yet) */
const LEARNED_END = 0x20000;
const LEARNED_CLASS = new Uint8Array(LEARNED_END);

function classOfUncached(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return LETTER_RE.test(ch) ? LETTER : NUMBER_RE.test(ch) ? NUMBER : 0;
}

/** LETTER, NUMBER or 0 for a code point (general categories L and N never overlap) */
function classOf(cp: number): number {
  if (cp < TABLE_END) return LATIN_CLASS[cp]!;
  if (cp >= LEARNED_END) return classOfUncached(cp);
  let c = LEARNED_CLASS[cp]!;
  if (c === 0) LEARNED_CLASS[cp] = c = classOfUncached(cp) + 1;
  return c - 1;
}

/** End (exclusive) of the word starting at `start`, whose first code point is a letter or number. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if (classOf(cp) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  const a = i < n ? text.charCodeAt(i) : 0;
  if (a === 0x27 || a === 0x2019) {
    let j = i + 1;
    while (j < n) {
      const cp = text.codePointAt(j)!;
      if (classOf(cp) !== LETTER) break;
      j += cp > 0xffff ? 2 : 1;
    }
    if (j > i + 1) i = j;
  }
  return i;
}
const EMOJI_RE = /\p{Extended_Pictographic}/gu;
const SMILEY_RE = /(?:^|\s)[:;=]-?[)D(P]/gu;
/**
 * Does the gap between two words end a sentence (or open a clause where an imperative may stand)?
 * Surely after ! ? … a line break, a bullet, a dash, or an emoji/symbol; after «.» and «:» unless
 * between numbers (kl. 08.30) or before a lower-case word (jf. pbl.). Scans char codes: no allocation.
 * `prevStart` and `to` are where the words before and after the gap start.
 */
function isSentenceGap(text: string, from: number, to: number, prevStart: number): boolean {
  let weak = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || c === 10 || c === 0x2026 || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 0x2014) return true;
    if (c >= 0x2190 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x201e) return true; // arrows, symbols, emoji
    if (c === 46 || c === 58) weak = true;
  }
  if (!weak) return false;
  const next = text.codePointAt(to)!;
  if (classOf(next) === NUMBER && classOf(text.codePointAt(prevStart)!) === NUMBER) return false;
  return !LOWER_RE.test(String.fromCodePoint(next));
}
const LOWER_RE = /^\p{Ll}$/u;

/** quotations in guillemets or typographic/straight double quotes */
const QUOTE_RE = /«[^»]{0,600}»|“[^”]{0,600}”|„[^“”]{0,600}[“”]|"[^"\n]{0,600}"/gu;

function blankUrls(text: string): string {
  return text.replace(URL_RE, (m) => ' '.repeat(m.length));
}

/** Character ranges that are quotations; attribution verbs end dash quotations («…, sier ordføreren»). */
const SPACE_RE = /^\s$/;

function quotedRanges(text: string, dashQuoteRe: RegExp, quoteChars: boolean, dashChars: boolean): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (quoteChars) for (const m of text.matchAll(QUOTE_RE)) ranges.push([m.index, m.index + m[0].length]);
  if (dashChars) {
    for (const m of text.matchAll(dashQuoteRe)) {
      const quoteStart = m.index + m[0].indexOf(m[1]!);
      ranges.push([quoteStart, quoteStart + m[1]!.length]);
    }
  }
  return ranges;
}

/**
 * A dash quotation: a line or sentence starting with a dash, up to the comma before an attribution
 * verb («– Dere gjør en viktig jobb, og …, sier ordføreren»). Built once per set of verbs.
 */
export function dashQuotePattern(attributionVerbs: Iterable<string>): RegExp {
  const verbs = [...attributionVerbs].map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?:^|[\\n.!?]\\s*)[–—-]\\s+([^\\n]{1,600}?),["”»]?\\s+(?:${verbs})(?![\\p{L}])`, 'giu');
}

/**
 * Index keys for stems (a word's first three UTF-16 units) and endings (its last two), as small
 * integers: looking up a number costs less than hashing a new string per word. Different
 * beginnings may share a key; the lexicon checks the stem or ending itself after the lookup.
 */
/**
 * Lookup slots: the lexicons' word tables (word-table.ts) are indexed by `wordSlot`, and a filter
 * of 2^14 entries marks the stem and ending keys (`& SLOT_MASK`) a lexicon knows, so most words of a
 * text skip those lookups. Different words may share a slot; the table or map decides.
 */
export const SLOT_MASK = (1 << 14) - 1;

/** Bits of `CompiledLexicon.filter`: which lookup may find something at a slot. */
export const IN_HEADS = 4;
export const IN_TAILS = 8;
export const IN_PATTERN_ENDINGS = 16;

export function wordSlot(lower: string): number {
  const n = lower.length;
  if (n === 0) return 0;
  return ((((lower.charCodeAt(0) * 31 + (n > 1 ? lower.charCodeAt(1) : 0)) * 31 + lower.charCodeAt(n - 1)) * 31) + n) & SLOT_MASK;
}

export function headKey(s: string): number {
  return ((s.charCodeAt(0) * 31 + s.charCodeAt(1)) * 31 + s.charCodeAt(2)) & 0x3fffffff;
}

export function tailKey(s: string): number {
  return ((s.charCodeAt(s.length - 2) << 16) | s.charCodeAt(s.length - 1)) & 0x3fffffff;
}

/**
 * The sentence from `firstToken` to the last word so far (`endToken`, one past it, whose end is
 * `gapStart`): a question when a «?» follows its last word before `questionUpTo` (the next word,
 * or the end of the text).
 */
function closeSentence(text: string, firstToken: number, endToken: number, gapStart: number, questionUpTo: number): Sentence {
  const q = text.indexOf('?', gapStart);
  return { firstToken, endToken, question: q >= 0 && q < questionUpTo };
}

/** Does lower-casing leave text[start, end) as it is? */
function unchanged(text: string, lowerText: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== lowerText.charCodeAt(i)) return false;
  return true;
}

/** `dashQuoteRe`: made by dashQuotePattern (its dash is followed by white space, which the character pass checks first). */
export function prepareText(input: string, dashQuoteRe: RegExp): PreparedText {
  const text = input.includes('http') || input.includes('www.') ? blankUrls(input) : input;
  // lower-case once; per-word slices of it are only valid when lower-casing kept every length
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const lowers: string[] = [];
  const flags: number[] = [];
  const sentenceOf: number[] = [];
  const slots: number[] = [];
  const heads: number[] = [];
  const tails: number[] = [];
  const sentences: Sentence[] = [];
  let n = 0;
  let prevEnd = 0;
  let sentence = -1;
  let sentenceFirst = 0;
  let wordSentences = 0;
  for (let at = 0; at < text.length;) {
    const cp = text.codePointAt(at)!;
    if (classOf(cp) === 0) {
      at += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    const end = (at = wordEnd(text, start));
    const isStart = n === 0 || isSentenceGap(text, prevEnd, start, starts[n - 1]!);
    if (isStart) {
      if (sentence >= 0) {
        sentences.push(closeSentence(text, sentenceFirst, n, prevEnd, start));
        if (n > sentenceFirst) wordSentences++;
      }
      sentence++;
      sentenceFirst = n;
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    let lower: string;
    let cased: boolean;
    if (sameLength) {
      // most words are lower case already: then the slice of the text is the lower case
      cased = !unchanged(text, lowerText, start, end);
      lower = cased ? lowerText.slice(start, end) : text.slice(start, end);
    } else {
      const raw = text.slice(start, end);
      lower = raw.toLowerCase();
      cased = lower !== raw;
    }
    starts.push(start);
    ends.push(end);
    lowers.push(lower);
    // QUOTED is set below, once the character pass has seen whether there are quotations
    flags.push((isStart ? SENTENCE_START : 0) | (before === 35 ? HASHTAG : before === 64 ? MENTION : 0) | (cased ? CASED : 0));
    sentenceOf.push(sentence);
    slots.push(wordSlot(lower));
    const long = lower.length >= 3;
    heads.push(long ? headKey(lower) : -1);
    tails.push(long ? tailKey(lower) : -1);
    n++;
    prevEnd = end;
  }
  if (sentence >= 0) {
    sentences.push(closeSentence(text, sentenceFirst, n, prevEnd, text.length));
    if (n > sentenceFirst) wordSentences++;
  }

  let exclamations = 0, questionMarks = 0, hashtags = 0, symbols = false, colons = false, apostrophes = false, longS = false, latinLow = 0, latinHigh = 0;
  let quoteChars = false, dashChars = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x7a) || c === 32) continue; // ASCII letters and spaces, most of a text: none of the below
    if (c === 0x22 || c === 0xab || c === 0x201c || c === 0x201e) quoteChars = true; // « “ „ "
    else if (c === 0x2d || c === 0x2013 || c === 0x2014) { // - – —
      // a dash quotation's dash is followed by white space («– Vi …»): «11–19» or «Bodø-hallen» start none
      if (!dashChars && i + 1 < text.length && SPACE_RE.test(text[i + 1]!)) dashChars = true;
    }
    else if (c === 33) exclamations++;
    else if (c === 63) questionMarks++;
    else if (c === 35) hashtags++;
    else if (c === 58 || c === 59 || c === 61) colons = true;
    else if (c === 39 || c === 0x2019) apostrophes = true;
    else if (c >= 0xc0 && c <= 0xff) {
      if (c < 0xe0) latinLow |= 1 << (c - 0xc0);
      else latinHigh |= 1 << (c - 0xe0);
    } else if (c >= 0x2190) symbols = true;
    else if (c === 0x17f) longS = true;
  }
  // quotations: the regexes run only when the character pass saw a quote mark or a dash
  if (quoteChars || dashChars) {
    const quotes = quotedRanges(text, dashQuoteRe, quoteChars, dashChars);
    for (let q = 0; q < quotes.length; q++) {
      const [from, to] = quotes[q]!;
      for (let i = 0; i < n; i++) if (starts[i]! >= from && starts[i]! < to) flags[i]! |= QUOTED;
    }
  }
  return {
    text,
    starts,
    ends,
    lower: lowers,
    flags,
    sentenceOf,
    slots,
    heads,
    tails,
    sentences,
    exclamations,
    questionMarks,
    hashtags,
    avgWordsPerSentence: wordSentences ? n / wordSentences : 0,
    symbols,
    colons,
    apostrophes,
    longS,
    latinLow,
    latinHigh,
  };
}
