/**
 * Splits a text once into the pieces every judgement needs: words (with their offsets, case and
 * whether they stand at a sentence start, inside a quotation, in a hashtag or a mention),
 * sentences, and counts of emoji, exclamation marks and smileys. Pure and allocation-light.
 */

export interface Token {
  start: number;
  end: number;
  raw: string;
  lower: string;
  /** `headKey` and `tailKey` of `lower` (-1 when it is shorter than three): the lexicons' stem and ending keys, computed once */
  head: number;
  tail: number;
  sentenceStart: boolean;
  /** inside a quotation («…», "…", or «– …, sier X») — not the page speaking to the reader */
  quoted: boolean;
  hashtag: boolean;
  mention: boolean;
  /** index of the sentence the token belongs to */
  sentence: number;
}

export interface Sentence {
  firstToken: number;
  /** one past the last token */
  endToken: number;
  question: boolean;
}

export interface PreparedText {
  /** the text with URLs blanked out (same length, so offsets stay valid) */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  emoji: string[];
  exclamations: number;
  smileys: number;
  questionMarks: number;
  hashtags: number;
  avgWordsPerSentence: number;
  /** the text has a character at or above U+2190 (arrows, symbols, emoji) */
  symbols: boolean;
  /** the text has an apostrophe (' or ’): a word may continue after one */
  apostrophes: boolean;
  /** the text has «ſ», which case-insensitive patterns fold to «s» but lower-casing keeps */
  longS: boolean;
  /** which of U+00C0–U+00FF (æ, ø, å, ä, ö …) the text has: bit c − 0xC0 of `latinLow`, bit c − 0xE0 of `latinHigh` */
  latinLow: number;
  latinHigh: number;
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
/**
 * A word is what /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/u matches («it's», «22», «Bodø»). Found by a scan
 * of code points instead of that regex: no match object per word. Letters and numbers below U+0300
 * (all Latin) come from a table made at load; other code points are asked of the regex engine.
 */
const LETTER = 1;
const NUMBER = 2;
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const TABLE_END = 0x300;
const LATIN_CLASS = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) LATIN_CLASS[c] = classOfUncached(c);

function classOfUncached(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return LETTER_RE.test(ch) ? LETTER : NUMBER_RE.test(ch) ? NUMBER : 0;
}

/** LETTER, NUMBER or 0 for a code point (general categories L and N never overlap) */
function classOf(cp: number): number {
  return cp < TABLE_END ? LATIN_CLASS[cp]! : classOfUncached(cp);
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
 */
function isSentenceGap(text: string, from: number, to: number, prevRaw: string, nextRaw: string): boolean {
  let weak = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || c === 10 || c === 0x2026 || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 0x2014) return true;
    if (c >= 0x2190 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x201e) return true; // arrows, symbols, emoji
    if (c === 46 || c === 58) weak = true;
  }
  if (!weak) return false;
  if (DIGIT_RE.test(nextRaw) && DIGIT_RE.test(prevRaw)) return false;
  return !LOWER_RE.test(nextRaw);
}
const DIGIT_RE = /^\p{N}/u;
const LOWER_RE = /^\p{Ll}/u;

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
export function headKey(s: string): number {
  return ((s.charCodeAt(0) * 31 + s.charCodeAt(1)) * 31 + s.charCodeAt(2)) & 0x3fffffff;
}

export function tailKey(s: string): number {
  return ((s.charCodeAt(s.length - 2) << 16) | s.charCodeAt(s.length - 1)) & 0x3fffffff;
}

/**
 * The sentence from `firstToken` to the last token so far: a question when a «?» follows its last
 * word before `questionUpTo` (the next word, or the end of the text).
 */
function closeSentence(text: string, tokens: readonly Token[], firstToken: number, questionUpTo: number): Sentence {
  const gapStart = tokens[tokens.length - 1]?.end ?? 0;
  const q = text.indexOf('?', gapStart);
  return { firstToken, endToken: tokens.length, question: q >= 0 && q < questionUpTo };
}

/** Does lower-casing leave text[start, end) as it is? */
function unchanged(text: string, lowerText: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== lowerText.charCodeAt(i)) return false;
  return true;
}

/** `dashQuoteRe`: made by dashQuotePattern (its dash is followed by white space, which the character pass checks first). */
export function prepareText(input: string, dashQuoteRe: RegExp): PreparedText {
  const text = input.includes('http') || input.includes('www.') ? blankUrls(input) : input;
  // lower-case once; per-token slices of it are only valid when lower-casing kept every length
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === text.length;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
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
    at = wordEnd(text, start);
    const raw = text.slice(start, at);
    const prev = tokens.length > 0 ? tokens[tokens.length - 1]! : undefined;
    const isStart = !prev || isSentenceGap(text, prevEnd, start, prev.raw, raw);
    if (isStart) {
      if (sentence >= 0) {
        sentences.push(closeSentence(text, tokens, sentenceFirst, start));
        if (tokens.length > sentenceFirst) wordSentences++;
      }
      sentence++;
      sentenceFirst = tokens.length;
    }
    const before = start > 0 ? text[start - 1] : '';
    const end = start + raw.length;
    // most words are lower case already: the word itself is then its lower case (one string less per word)
    const lower = !sameLength ? raw.toLowerCase() : unchanged(text, lowerText, start, end) ? raw : lowerText.slice(start, end);
    const long = lower.length >= 3;
    tokens.push({
      start,
      end,
      raw,
      lower,
      head: long ? headKey(lower) : -1,
      tail: long ? tailKey(lower) : -1,
      sentenceStart: isStart,
      quoted: false, // set below, once the character pass has seen whether there are quotations
      hashtag: before === '#',
      mention: before === '@',
      sentence,
    });
    prevEnd = end;
  }
  if (sentence >= 0) {
    sentences.push(closeSentence(text, tokens, sentenceFirst, text.length));
    if (tokens.length > sentenceFirst) wordSentences++;
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
      for (const t of tokens) if (t.start >= from && t.start < to) t.quoted = true;
    }
  }
  // the regexes run only when the cheap scan saw a candidate
  const emoji = symbols ? text.match(EMOJI_RE) ?? [] : [];
  const smileys = colons ? text.match(SMILEY_RE)?.length ?? 0 : 0;
  return {
    text,
    tokens,
    sentences,
    emoji,
    exclamations,
    smileys,
    questionMarks,
    hashtags,
    avgWordsPerSentence: wordSentences ? tokens.length / wordSentences : 0,
    symbols,
    apostrophes,
    longS,
    latinLow,
    latinHigh,
  };
}
