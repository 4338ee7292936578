import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASED, HASHTAG, LANGUAGE_SUFFIXES, MENTION, QUOTED, SENTENCE_START, dashQuotePattern, headKey, lowerAt, prepareText, sentenceAt, tailBit, tailKey } from '../../../lib/text/text-features';
import { LEXICONS } from '../../../lib/text/compile-lexicon';
import '../../../lib/text/detect-language';
import { knownWordId } from '../../../lib/text/vocabulary';

/**
 * prepareText reads a text in one pass of char codes. This is what it must give, written the plain
 * way (a regex for the words, a pass over each gap, a second pass over the characters, a slice per
 * word): the one-pass reader is checked against it on real texts and on generated mixtures of the
 * characters every branch of it looks at.
 */
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const QUOTE_RE = /«[^»]{0,600}»|“[^”]{0,600}”|„[^“”]{0,600}[“”]|"[^"\n]{0,600}"/gu;
const DASH_QUOTE = dashQuotePattern(['sier', 'says']);

function isSentenceGap(text: string, from: number, to: number, prevStart: number): boolean {
  let weak = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || c === 10 || c === 0x2026 || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 0x2014) return true;
    if (c >= 0x2190) return true;
    if (c === 46 || c === 58) weak = true;
  }
  if (!weak) return false;
  const number = (cp: number) => /^\p{N}$/u.test(String.fromCodePoint(cp));
  const next = text.codePointAt(to)!;
  if (number(next) && number(text.codePointAt(prevStart)!)) return false;
  return !/^\p{Ll}$/u.test(String.fromCodePoint(next));
}

/** the head and tail bits: each lexicon whose stem / ending (a term's, a pattern's; the languages' suffixes) has a key in the word's filter slot */
const SLOTS = (1 << 14) - 1;
const suffixTails = new Set(Object.values(LEXICONS).flatMap((l) => l.detectSuffixes.filter(([e]) => e.length >= 2).map(([e]) => tailKey(e) & SLOTS)));
function knownKeys(lower: string): number {
  if (lower.length < 3) return 0;
  const head = headKey(lower) & SLOTS, tail = tailKey(lower) & SLOTS;
  let bits = suffixTails.has(tail) ? tailBit(LANGUAGE_SUFFIXES) : 0;
  for (const l of Object.values(LEXICONS)) {
    if ([...l.byHead.keys()].some((k) => (k & SLOTS) === head)) bits |= l.headBit;
    if ([...l.byTail.keys(), ...(l.patternScan?.endings.keys() ?? [])].some((k) => (k & SLOTS) === tail)) bits |= l.tailBit;
  }
  return bits;
}

function reference(input: string) {
  const text = input.includes('http') || input.includes('www.') ? input.replace(URL_RE, (m) => ' '.repeat(m.length)) : input;
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === text.length;
  const words = [...text.matchAll(WORD_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const flags: number[] = [];
  const sentenceOf: number[] = [];
  const sentences: Array<{ firstToken: number; endToken: number; question: boolean }> = [];
  let sentence = -1;
  words.forEach((w, i) => {
    const raw = text.slice(w.start, w.end);
    const lower = sameLength ? lowerText.slice(w.start, w.end) : raw.toLowerCase();
    const isStart = i === 0 || isSentenceGap(text, words[i - 1]!.end, w.start, words[i - 1]!.start);
    if (isStart) {
      if (sentence >= 0) sentences[sentence]!.endToken = i;
      const q = i > 0 ? text.indexOf('?', words[i - 1]!.end) : -1;
      if (sentence >= 0) sentences[sentence]!.question = q >= 0 && q < w.start;
      sentences.push({ firstToken: i, endToken: i, question: false });
      sentence++;
    }
    const before = w.start > 0 ? text.charCodeAt(w.start - 1) : 0;
    flags.push((isStart ? SENTENCE_START : 0) | (before === 35 ? HASHTAG : before === 64 ? MENTION : 0) | (lower !== raw ? CASED : 0) | knownKeys(lower));
    sentenceOf.push(sentence);
  });
  if (sentence >= 0) {
    const last = words[words.length - 1]!;
    sentences[sentence]!.endToken = words.length;
    const q = text.indexOf('?', last.end);
    sentences[sentence]!.question = q >= 0;
  }
  let exclamations = 0, questionMarks = 0, hashtags = 0, symbols = false, colons = false, apostrophes = false, longS = false, latinLow = 0, latinHigh = 0;
  let quoteChars = false, dashChars = false, firstSymbol = -1, latinSigns = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2190 && firstSymbol < 0) firstSymbol = i;
    if (c >= 0xa0 && c < 0xc0) latinSigns |= 1 << (c - 0xa0);
    if (c === 0x22 || c === 0xab || c === 0x201c || c === 0x201e) quoteChars = true;
    else if (c === 0x2d || c === 0x2013 || c === 0x2014) { if (i + 1 < text.length && /^\s$/.test(text[i + 1]!)) dashChars = true; }
    else if (c === 33) exclamations++;
    else if (c === 63) questionMarks++;
    else if (c === 35) hashtags++;
    else if (c === 58 || c === 59 || c === 61) colons = true;
    else if (c === 39 || c === 0x2019) apostrophes = true;
    else if (c >= 0xc0 && c <= 0xff) { if (c < 0xe0) latinLow |= 1 << (c - 0xc0); else latinHigh |= 1 << (c - 0xe0); }
    else if (c >= 0x2190) symbols = true;
    else if (c === 0x17f) longS = true;
  }
  const quotes: Array<[number, number]> = [];
  if (quoteChars) for (const m of text.matchAll(QUOTE_RE)) quotes.push([m.index, m.index + m[0].length]);
  if (dashChars) {
    for (const m of text.matchAll(DASH_QUOTE)) {
      const at = m.index + m[0].indexOf(m[1]!);
      quotes.push([at, at + m[1]!.length]);
    }
  }
  words.forEach((w, i) => { if (quotes.some(([from, to]) => w.start >= from && w.start < to)) flags[i]! |= QUOTED; });
  const lowers = words.map((w) => (sameLength ? lowerText.slice(w.start, w.end) : text.slice(w.start, w.end).toLowerCase()));
  return {
    text,
    starts: words.map((w) => w.start),
    ends: words.map((w) => w.end),
    flags,
    sentenceOf,
    sentences,
    lowers,
    ids: lowers.map(knownWordId),
    exclamations, questionMarks, hashtags,
    avgWordsPerSentence: sentences.length ? words.length / sentences.length : 0,
    symbols, colons, apostrophes, longS, latinLow, latinHigh, firstSymbol, latinSigns,
  };
}

function actual(input: string) {
  const p = prepareText(input, DASH_QUOTE);
  return {
    text: p.text,
    starts: [...p.starts.subarray(0, p.words)],
    ends: [...p.ends.subarray(0, p.words)],
    flags: [...p.flags.subarray(0, p.words)],
    sentenceOf: Array.from({ length: p.words }, (_, i) => sentenceAt(p, i)),
    sentences: p.sentences,
    lowers: Array.from({ length: p.words }, (_, i) => lowerAt(p, i)),
    ids: [...p.ids.subarray(0, p.words)],
    exclamations: p.exclamations, questionMarks: p.questionMarks, hashtags: p.hashtags,
    avgWordsPerSentence: p.avgWordsPerSentence,
    symbols: p.symbols, colons: p.colons, apostrophes: p.apostrophes, longS: p.longS, latinLow: p.latinLow, latinHigh: p.latinHigh,
    firstSymbol: p.firstSymbol, latinSigns: p.latinSigns,
  };
}

describe('prepareText against its plain definition', () => {
  it.each([
    'Vi åpner Bodø-hallen kl. 08.30 i dag! Kommer DU? Ja… «Du må komme», sier hun.',
    'Hva mener du?? Svar her: jf. pbl. § 12-3. Ring 22 33 44 55!\n• Punkt én\n– Vi kommer, sier ordføreren.',
    "It's the kids' day – don't miss it’s last hour. I KAN komme; I dag ikke :-)",
    'İstanbul ſtengt ẞTRASSE ΣΊΣΥΦΟΣ. Οδός Å K ǅemal',
    'Les mer på https://www.kommune.no/Vann?x=1 og www.Kommune.no/Sak. Takk!',
    '#Fjordvik @Kari Nordmann: 😀 Hei! 👍🏽 🎉 →  ½ ² ٣٤ 中文 𝐀𝐁𝐂 a\u0301b',
    'lone \uD800 surrogate \uDC00 here a\uD800b \uDBFF',
    '– Vi kommer, sier hun. «x» – Vi kommer, sier hun.\n  – Ja, sier han! \u00a0— Nei, sier hun?\t- Kanskje, sier de',
    '  – Vi kommer, sier hun',
    'Hva?\t- Kanskje, sier de', 'Ja!\u00a0— Nei, sier han', 'Slik.– Javel, sier hun', 'Her\n\t– Kom, sier vi', 'Her:\n– Kom, sier vi', 'Her, – Kom, sier vi',
    '',
    '   ',
  ])('reads %j as the plain definition does', (text) => {
    expect(actual(text)).toEqual(reference(text));
  });

  it('agrees on the corpus texts', () => {
    const dir = join(import.meta.dirname, '../../corpus');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { items: Array<{ text: string }> }).items.map((i) => i.text));
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      expect(actual(text), text).toEqual(reference(text));
      expect(actual(text.toUpperCase()), text).toEqual(reference(text.toUpperCase()));
    }
  });

  it('agrees on generated mixtures of the characters it looks at', () => {
    const alphabet = [
      'a', 'Z', 'du', 'Du', 'I', 'i', 'æ', 'Ø', 'Å', 'ä', '×', 'ÿ', 'ſ', 'İ', 'ẞ', 'Σ', 'K', "'", '’', ' ', '  ', '\n', '\t', '\u00a0',
      '-', '–', '—', '.', ':', ';', '=', ',', '!', '?', '…', '•', '·', '#', '@', '«', '»', '"', '“', '”', '„', '9', '12', '½', '²',
      '٣', '𝐀', '😀', '\uD800', '\uDC00', 'é', 'ß', 'ʼ', '\u0301', '中', 'Ⅻ', '→', '§', 'http://x.no/A ', 'www.', 'sier', 'says',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      for (let i = 0, len = 1 + Math.floor(next() * 14); i < len; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(actual(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
