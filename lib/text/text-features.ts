/**
 * Splits a text once into the pieces every judgement needs: words (with their offsets, case and
 * whether they stand at a sentence start, inside a quotation, in a hashtag or a mention),
 * sentences, and counts of exclamation and question marks (emoji and smileys on request). Pure and allocation-light: the
 * words are parallel arrays indexed by word number (no object per word), each word carries its
 * number in the vocabulary (vocabulary.ts) for the lookups, and a word is not cut out of the text:
 * it is compared in place in the lower-cased text, and sliced only when shown as evidence (`wordAt`).
 */
import { idInSlot, knownWordId, slotOf } from './vocabulary';

/** Bits of `PreparedText.flags`. */
export const SENTENCE_START = 1;
/** inside a quotation («…», "…", or «– …, sier X») — not the page speaking to the reader */
export const QUOTED = 2;
export const HASHTAG = 4;
export const MENTION = 8;
/** the word has upper-case letters: its text differs from its lower case */
export const CASED = 16;
/**
 * Bits 5–12 and 13–20: which key groups (a lexicon's, or the languages' suffixes) have a stem
 * beginning with the three units the word's lower case begins with (`headKey`, see noteStemKey),
 * or an ending ending with its last two: only then are that lexicon's stems or endings looked up.
 */
const HEAD_SHIFT = 5;
const TAIL_SHIFT = 13;
/** a key group's bit in the head and the tail bits of `flags` */
export function headBit(group: number): number {
  return group << HEAD_SHIFT;
}
export function tailBit(group: number): number {
  return group << TAIL_SHIFT;
}
/** a word some lexicon may have a stem for / an ending for (any group) */
export const ANY_HEAD = 0xff << HEAD_SHIFT;
export const ANY_TAIL = 0xff << TAIL_SHIFT;
/** the key group of the languages' suffixes (detect-language.ts); lexicons share the other seven */
export const LANGUAGE_SUFFIXES = 1 << 7;
let groupsGiven = 0;

/** A key group (one bit) for a lexicon being compiled; more than seven lexicons share them, which only lets more words through. */
export function newKeyGroup(): number {
  return 1 << (groupsGiven++ % 7);
}

export interface Sentence {
  firstToken: number;
  /** one past the last token */
  endToken: number;
  question: boolean;
}

/**
 * A text's words, read until the next prepareText: the word arrays are one set shared by every
 * text (a judge prepares thousands of texts one after the other, and arrays per text were a third
 * of what it allocated). They run past the text's `words`; there `ids` reads 0, which no list has.
 */
export interface PreparedText {
  /** the text with URLs blanked out (same length, so offsets stay valid) */
  text: string;
  /** the number of words */
  words: number;
  /** per word i: its offsets in `text` and its bits (SENTENCE_START …); a sentence starts at each word with SENTENCE_START */
  starts: Int32Array;
  ends: Int32Array;
  flags: Int32Array;
  /**
   * The words in lower case: word i is lowerText[lowerStarts[i], lowerEnds[i]). Usually the whole
   * text lower-cased, with the offsets of `text` (the same arrays as `starts` and `ends`); when
   * lower-casing changes a length («İ»), the words' lower cases one after the other.
   */
  lowerText: string;
  lowerStarts: Int32Array;
  lowerEnds: Int32Array;
  /** per word: its number in the vocabulary (0: in no word list) */
  ids: Int32Array;
  sentences: Sentence[];
  exclamations: number;
  questionMarks: number;
  hashtags: number;
  avgWordsPerSentence: number;
  /** where the text's first unit at or above U+2190 is (-1: none) */
  firstSymbol: number;
  /** which of U+00A0–U+00BF (§, ½, « …) the text has: bit c − 0xA0 */
  latinSigns: number;
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
  if (!p.symbols) return [];
  // what p.text.match(/\p{Extended_Pictographic}/gu) finds, by a pass over the units from U+00A9 (©) on
  const text = p.text;
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa9) continue;
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
    if (isPictographic(cp)) found.push(String.fromCodePoint(cp));
    if (cp > 0xffff) i++;
  }
  return found;
}

const PICTOGRAPHIC_RE = /^\p{Extended_Pictographic}$/u;
/** per code point below LEARNED_END once asked: 1 not pictographic, 2 pictographic (0: not asked yet) */
const LEARNED_PICTOGRAPHIC = new Uint8Array(0x20000);

function isPictographic(cp: number): boolean {
  if (cp >= 0x20000) return PICTOGRAPHIC_RE.test(String.fromCodePoint(cp));
  let k = LEARNED_PICTOGRAPHIC[cp]!;
  if (k === 0) LEARNED_PICTOGRAPHIC[cp] = k = PICTOGRAPHIC_RE.test(String.fromCodePoint(cp)) ? 2 : 1;
  return k === 2;
}

export function smileysOf(p: PreparedText): number {
  return p.colons ? p.text.match(SMILEY_RE)?.length ?? 0 : 0;
}

/** Word i as written (evidence, case-sensitive lists). */
export function wordAt(p: PreparedText, i: number): string {
  return p.text.slice(p.starts[i]!, p.ends[i]!);
}

/** The index of the sentence of word i (in `sentences`). */
export function sentenceAt(p: PreparedText, i: number): number {
  let lo = 0, hi = p.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.sentences[mid]!.firstToken <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Word i in lower case. */
export function lowerAt(p: PreparedText, i: number): string {
  return p.lowerText.slice(p.lowerStarts[i]!, p.lowerEnds[i]!);
}

/** `headKey` of word i in lower case; -1 when it is shorter than three (computed when asked: cheaper than an array per text) */
export function headOf(p: PreparedText, i: number): number {
  const at = p.lowerStarts[i]!;
  return p.lowerEnds[i]! - at >= 3 ? headKeyAt(p.lowerText, at) : -1;
}

/** `tailKey` of word i in lower case; -1 when it is shorter than three */
export function tailOf(p: PreparedText, i: number): number {
  const end = p.lowerEnds[i]!;
  return end - p.lowerStarts[i]! >= 3 ? tailKeyAt(p.lowerText, end) : -1;
}

/** The length of word i in lower case. */
export function lowerLength(p: PreparedText, i: number): number {
  return p.lowerEnds[i]! - p.lowerStarts[i]!;
}

/** Does word i in lower case start with `prefix`? */
export function lowerStartsWith(p: PreparedText, i: number, prefix: string): boolean {
  return prefix.length <= p.lowerEnds[i]! - p.lowerStarts[i]! && p.lowerText.startsWith(prefix, p.lowerStarts[i]!);
}

/** Does word i in lower case end with `suffix`? */
export function lowerEndsWith(p: PreparedText, i: number, suffix: string): boolean {
  return suffix.length <= p.lowerEnds[i]! - p.lowerStarts[i]! && p.lowerText.endsWith(suffix, p.lowerEnds[i]!);
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

/** The class of the code point at text[i], whose first unit `c` is at least TABLE_END (a surrogate pair is one code point). */
function classAt(text: string, i: number, c: number): number {
  return classOf(c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c);
}

/** per code point below TABLE_END: \p{Ll} */
const LOWER_RE = /^\p{Ll}$/u;
const LATIN_LOWER = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) LATIN_LOWER[c] = LOWER_RE.test(String.fromCodePoint(c)) ? 1 : 0;

function isLowerCase(cp: number): boolean {
  return cp < TABLE_END ? LATIN_LOWER[cp] === 1 : LOWER_RE.test(String.fromCodePoint(cp));
}

/**
 * Can a dash quotation begin with the dash at text[d] (dashQuotePattern: «(?:^|[\n.!?]\s*)[–—-]»)?
 * At the start of the text, or after «\n», «.», «!» or «?» and nothing but white space: most dashes
 * of a text stand mid-sentence («familien – vi gleder oss»), and the quotation scan is skipped.
 */
function opensLine(text: string, d: number): boolean {
  if (d === 0) return true;
  for (let k = d - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 46 || c === 33 || c === 63) return true;
    if (!spaceAt(text, k)) return false;
  }
  return false;
}

const SPACE_RE = /^\s$/;

/** Is the unit after a dash white space (/\s/)? A dash quotation's dash is. */
function spaceAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(text[i]!);
}
const SMILEY_RE = /(?:^|\s)[:;=]-?[)D(P]/gu;
/** quotations in guillemets or typographic/straight double quotes */
const QUOTE_RE = /«[^»]{0,600}»|“[^”]{0,600}”|„[^“”]{0,600}[“”]|"[^"\n]{0,600}"/gu;

function blankUrls(text: string): string {
  return text.replace(URL_RE, (m) => ' '.repeat(m.length));
}

/** Character ranges that are quotations; attribution verbs end dash quotations («…, sier ordføreren»). */
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
 * A filter of 2^14 entries marks the keys (`& SLOT_MASK`) a lexicon knows, so most words of a text
 * skip those lookups.
 */
export const SLOT_MASK = (1 << 14) - 1;

/** per slot of a stem key / an ending key: the key groups that have one there */
const HEAD_GROUPS = new Uint8Array(SLOT_MASK + 1);
const TAIL_GROUPS = new Uint8Array(SLOT_MASK + 1);

/** A stem's key (`headKey`) of a key group, noted when its lexicon is compiled. */
export function noteStemKey(key: number, group: number): void {
  HEAD_GROUPS[key & SLOT_MASK]! |= group;
}

/** An ending's key (`tailKey`: a term's, a pattern's or a language's ending) of a key group, noted when compiled. */
export function noteEndingKey(key: number, group: number): void {
  TAIL_GROUPS[key & SLOT_MASK]! |= group;
}

/** The head and tail bits of `flags` for the lower-case word text[start, end). */
export function knownKeyBits(text: string, start: number, end: number): number {
  if (end - start < 3) return 0;
  return (HEAD_GROUPS[headKeyAt(text, start) & SLOT_MASK]! << HEAD_SHIFT) | (TAIL_GROUPS[tailKeyAt(text, end) & SLOT_MASK]! << TAIL_SHIFT);
}

/** Bits of `CompiledLexicon.filter`: which lookup may find something at a slot. */
export const IN_HEADS = 4;
export const IN_TAILS = 8;
export const IN_PATTERN_ENDINGS = 16;

export function headKey(s: string): number {
  return ((s.charCodeAt(0) * 31 + s.charCodeAt(1)) * 31 + s.charCodeAt(2)) & 0x3fffffff;
}

export function tailKey(s: string): number {
  return tailKeyFrom(s.charCodeAt(s.length - 2), s.charCodeAt(s.length - 1));
}

/**
 * The ending key of the two last units `a`, `b`: `a` whole in the high bits, and in the low bits —
 * the filter slot (`& SLOT_MASK`) — a hash of both: with the last unit alone there, a filter of
 * endings let through every word that ends in one of their last letters.
 */
function tailKeyFrom(a: number, b: number): number {
  return ((a << 14) | ((a * 263 + b) & SLOT_MASK)) & 0x3fffffff;
}

/** the key of the word text[start, end) (at least three long) as `headKey` would give it */
function headKeyAt(text: string, start: number): number {
  return ((text.charCodeAt(start) * 31 + text.charCodeAt(start + 1)) * 31 + text.charCodeAt(start + 2)) & 0x3fffffff;
}

function tailKeyAt(text: string, end: number): number {
  return tailKeyFrom(text.charCodeAt(end - 2), text.charCodeAt(end - 1));
}

/** the word arrays of the text prepared last (see PreparedText) */
let STARTS = new Int32Array(512), ENDS = new Int32Array(512), FLAGS = new Int32Array(512), IDS = new Int32Array(512);
/** how far `IDS` holds a word's number (past it, 0) */
let idsUsed = 0;

/**
 * `dashQuoteRe`: made by dashQuotePattern (its dash is followed by white space, which the character pass checks first).
 *
 * One pass over the UTF-16 units finds the words (what WORD_RE would match), decides at each word
 * whether a sentence starts (the gap before it), and counts what the judgements ask of the
 * characters («!», «?», «#», quote marks, dashes, æøå …). A word is not cut out of the text: its
 * lower case is read in place in the lower-cased text (`lowerText`), where its vocabulary number,
 * stem key and ending key are taken.
 */
export function prepareText(input: string, dashQuoteRe: RegExp): PreparedText {
  const text = input.includes('http') || input.includes('www.') ? blankUrls(input) : input;
  const len = text.length;
  // lower-case once; the words are read in it in place when lower-casing kept every length
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === len;
  // at most (len + 1) / 2 words: a word and what ends it take two units or more; a longer text gets new arrays
  if (len >= 2 * STARTS.length) {
    STARTS = new Int32Array(len); ENDS = new Int32Array(len); FLAGS = new Int32Array(len); IDS = new Int32Array(len);
    idsUsed = 0;
  }
  const starts = STARTS, ends = ENDS, flags = FLAGS, ids = IDS;
  const sentences: Sentence[] = [];
  let n = 0;
  let sentence = -1;
  let sentenceFirst = 0;
  let wordSentences = 0;
  let exclamations = 0, questionMarks = 0, hashtags = 0, symbols = false, colons = false, apostrophes = false, longS = false, latinLow = 0, latinHigh = 0;
  let firstSymbol = -1, latinSigns = 0;
  let quoteChars = false, dashChars = false;
  // what the gap since the last word holds: a sure sentence end (! ? … a line break, a bullet, a dash,
  // an emoji or symbol), a «.» or «:» (an end unless between numbers or before a lower-case word), a «?»
  let strong = false, weak = false, question = false;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    let cls = c < TABLE_END ? LATIN_CLASS[c]! : classAt(text, i, c);
    if (cls === 0) {
      // between words, one unit at a time (both units of an emoji: each is at least U+2190)
      if (c < 0x80) {
        if (c === 32 || (c >= 0x41 && c <= 0x7a)) { /* most of a gap: none of the below */ }
        else if (c === 46) weak = true;
        else if (c === 44) { /* «,» */ }
        else if (c === 10) strong = true;
        else if (c === 33) { exclamations++; strong = true; }
        else if (c === 63) { questionMarks++; strong = true; question = true; }
        else if (c === 58) { colons = true; weak = true; }
        else if (c === 59 || c === 61) colons = true;
        else if (c === 0x2d) { if (!dashChars && spaceAt(text, i + 1) && opensLine(text, i)) dashChars = true; }
        else if (c === 0x22) quoteChars = true;
        else if (c === 35) hashtags++;
        else if (c === 39) apostrophes = true;
      } else if (c >= 0x2190) { if (!symbols) { symbols = true; firstSymbol = i; } strong = true; }
      else if (c === 0x2013 || c === 0x2014) { strong = true; if (!dashChars && spaceAt(text, i + 1) && opensLine(text, i)) dashChars = true; }
      else if (c <= 0xff) {
        if (c >= 0xc0) { if (c < 0xe0) latinLow |= 1 << (c - 0xc0); else latinHigh |= 1 << (c - 0xe0); }
        else if (c >= 0xa0) {
          latinSigns |= 1 << (c - 0xa0);
          if (c === 0xab) quoteChars = true; // «
          else if (c === 0xb7) strong = true; // ·
        }
      }
      else if (c === 0x201c || c === 0x201e) quoteChars = true;
      else if (c === 0x2019) apostrophes = true;
      else if (c === 0x2026 || c === 0x2022) strong = true;
      i++;
      continue;
    }

    const start = i;
    let isStart = n === 0 || strong;
    if (!isStart && weak) {
      // «.» or «:»: not between numbers (kl. 08.30), not before a lower-case word (jf. pbl.)
      const next = text.codePointAt(start)!;
      isStart = classOf(next) === NUMBER && classOf(text.codePointAt(starts[n - 1]!)!) === NUMBER ? false : !isLowerCase(next);
    }
    if (isStart) {
      if (sentence >= 0) {
        sentences.push({ firstToken: sentenceFirst, endToken: n, question });
        if (n > sentenceFirst) wordSentences++;
      }
      sentence++;
      sentenceFirst = n;
    }
    strong = weak = question = false;

    // the word: letters and numbers, then after an apostrophe letters only («it's»)
    let cased = false;
    let afterApostrophe = false;
    for (;;) {
      if (c >= 0x80) {
        if (c <= 0xff) {
          if (c >= 0xc0) { if (c < 0xe0) latinLow |= 1 << (c - 0xc0); else latinHigh |= 1 << (c - 0xe0); }
          else if (c >= 0xa0) latinSigns |= 1 << (c - 0xa0);
        } else if (c >= 0x2190) { if (!symbols) { symbols = true; firstSymbol = i; } }
        else if (c === 0x17f) longS = true;
        else if (c === 0x2019) apostrophes = true;
        if (sameLength && lowered.charCodeAt(i) !== c) cased = true;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            i++;
            if (sameLength && lowered.charCodeAt(i) !== d) cased = true;
          }
        }
      } else if (c >= 65 && c <= 90) cased = true;
      else if (c === 39) apostrophes = true;
      i++;
      // lower-case ASCII letters, most of a word: nothing to note
      while (i < len && (c = text.charCodeAt(i)) >= 97 && c <= 122) i++;
      if (i >= len) break;
      cls = c < TABLE_END ? LATIN_CLASS[c]! : classAt(text, i, c);
      if (cls !== 0) {
        if (afterApostrophe && cls !== LETTER) break;
        continue;
      }
      if (afterApostrophe || (c !== 0x27 && c !== 0x2019) || i + 1 >= len) break;
      const d = text.charCodeAt(i + 1);
      if ((d < TABLE_END ? LATIN_CLASS[d]! : classAt(text, i + 1, d)) !== LETTER) break;
      afterApostrophe = true;
    }
    const end = i;

    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    starts[n] = start;
    ends[n] = end;
    // QUOTED is set below, once the pass has seen whether there are quotations
    let bits = (isStart ? SENTENCE_START : 0) | (before === 35 ? HASHTAG : before === 64 ? MENTION : 0) | (cased ? CASED : 0);
    if (sameLength) {
      ids[n] = idInSlot(lowered, start, end, slotOf(lowered, start, end));
      bits |= knownKeyBits(lowered, start, end);
    }
    flags[n] = bits;
    n++;
  }
  if (sentence >= 0) {
    sentences.push({ firstToken: sentenceFirst, endToken: n, question });
    if (n > sentenceFirst) wordSentences++;
  }

  let lowerText = lowered, lowerStarts = starts, lowerEnds = ends;
  if (!sameLength) {
    // lower-casing changed a length: the words' own lower cases, one after the other
    lowerText = '';
    lowerStarts = new Int32Array(n);
    lowerEnds = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const raw = text.slice(starts[k]!, ends[k]!);
      const lower = raw.toLowerCase();
      flags[k] = (flags[k]! & ~CASED) | (lower === raw ? 0 : CASED) | knownKeyBits(lower, 0, lower.length);
      const at = lowerText.length + (k > 0 ? 1 : 0);
      lowerText += (k > 0 ? ' ' : '') + lower;
      lowerStarts[k] = at;
      lowerEnds[k] = at + lower.length;
      ids[k] = knownWordId(lower);
    }
  }

  // quotations: the regexes run only when the pass saw a quote mark or a dash before white space
  if (quoteChars || dashChars) {
    const quotes = quotedRanges(text, dashQuoteRe, quoteChars, dashChars);
    for (let q = 0; q < quotes.length; q++) {
      const [from, to] = quotes[q]!;
      for (let k = 0; k < n; k++) if (starts[k]! >= from && starts[k]! < to) flags[k]! |= QUOTED;
    }
  }
  if (idsUsed > n) ids.fill(0, n, idsUsed);
  idsUsed = n;
  return {
    text,
    words: n,
    starts,
    ends,
    flags,
    lowerText,
    lowerStarts,
    lowerEnds,
    ids,
    sentences,
    exclamations,
    questionMarks,
    hashtags,
    avgWordsPerSentence: wordSentences ? n / wordSentences : 0,
    symbols,
    firstSymbol,
    latinSigns,
    colons,
    apostrophes,
    longS,
    latinLow,
    latinHigh,
  };
}
