/**
 * Language of a post: each language scores the distinct function words and spellings typical of it
 * (weights in lexicon/<lang>.json → detect.words), word endings (detect.suffixes) and characters
 * such as «æ/ø» or «ä/ö» (detect.chars). The best score wins; below detect.json's minScore the
 * language is «unknown». One table lookup per distinct word serves all five languages.
 */
import { DETECT_SETTINGS, LANGS, LEXICONS, type Lang } from './compile-lexicon';
import { HASHTAG, LANGUAGE_SUFFIXES, MENTION, SLOT_MASK, noteEndingKey, tailBit, lowerAt, lowerEndsWith, tailKey, tailOf, type PreparedText } from './text-features';
import { idTable } from './vocabulary';

export interface LanguageGuess {
  lang: Lang | 'unknown';
  /** the best-scoring language even when too weak to call (the lexicon to analyse with) */
  best: Lang;
  /**
   * a close neighbour (detect.json closeGroups) scoring nearly as well (≥ ambiguityRatio of the
   * best): Bokmål, Nynorsk and Danish share most words, so the text is analysed with both lexicons
   */
  alsoLikely: Lang | null;
}

const GROUP_OF = new Map<Lang, number>();
DETECT_SETTINGS.closeGroups.forEach((g, gi) => g.forEach((l) => GROUP_OF.set(l, gi)));

const N = LANGS.length;
if (N !== 5) throw new Error('detect-language.ts sums scores for exactly five languages');
/** word → its weight in each language (index as in LANGS) */
const WORD_WEIGHTS = new Map<string, Float64Array>();
/** ending → its weight in each language, by `tailKey` of the ending (its last two letters) */
const SUFFIX_WEIGHTS = new Map<number, Array<{ suffix: string; weights: Float64Array }>>();
/** `bits`: the lower and upper case as code units in U+00C0–U+00FF (null: another character, looked up in the text) */
const CHAR_WEIGHTS: Array<{ lower: string; upper: string; weights: Float64Array; bits: [number, number] | null }> = [];

function latin1Bit(ch: string): number {
  const c = ch.length === 1 ? ch.charCodeAt(0) : -1;
  return c >= 0xc0 && c <= 0xff ? c : -1;
}

function hasLatin1(p: PreparedText, c: number): boolean {
  return c < 0xe0 ? (p.latinLow & (1 << (c - 0xc0))) !== 0 : (p.latinHigh & (1 << (c - 0xe0))) !== 0;
}

LANGS.forEach((lang, li) => {
  const lex = LEXICONS[lang];
  for (const [w, v] of lex.detectWords) {
    let a = WORD_WEIGHTS.get(w);
    if (!a) WORD_WEIGHTS.set(w, (a = new Float64Array(N)));
    a[li] = v;
  }
  for (const [suffix, v] of lex.detectSuffixes) {
    if (suffix.length < 2) continue; // never matched: a word's last two letters are its key
    const key = tailKey(suffix);
    const list = SUFFIX_WEIGHTS.get(key) ?? [];
    let e = list.find((x) => x.suffix === suffix);
    if (!e) list.push((e = { suffix, weights: new Float64Array(N) }));
    e.weights[li] = v;
    SUFFIX_WEIGHTS.set(key, list);
  }
  for (const [ch, v] of lex.detectChars) {
    let e = CHAR_WEIGHTS.find((x) => x.lower === ch);
    if (!e) {
      const upper = ch.toUpperCase();
      const bits: [number, number] = [latin1Bit(ch), latin1Bit(upper)];
      CHAR_WEIGHTS.push((e = { lower: ch, upper, weights: new Float64Array(N), bits: bits[0] >= 0 && bits[1] >= 0 ? bits : null }));
    }
    e.weights[li] = v;
  }
});

/** WORD_WEIGHTS by vocabulary number (vocabulary.ts) */
const WORD_BY_ID = idTable(WORD_WEIGHTS);
/**
 * Which words a text has counted already, by vocabulary number: `counted[id] === pass` (one pass
 * number per text, so nothing is cleared or made per text).
 */
let counted = new Int32Array(WORD_BY_ID.length);
let pass = 0;
/** by an ending key `& SLOT_MASK`: 1 when SUFFIX_WEIGHTS may have it (most words skip the lookup) */
const SUFFIX_FILTER = new Uint8Array(SLOT_MASK + 1);
for (const key of SUFFIX_WEIGHTS.keys()) {
  SUFFIX_FILTER[key & SLOT_MASK] = 1;
  noteEndingKey(key, LANGUAGE_SUFFIXES);
}
const SUFFIX_BIT = tailBit(LANGUAGE_SUFFIXES);

const TIE_RANK = LANGS.map((l) => {
  const i = DETECT_SETTINGS.tieOrder.indexOf(l);
  return i < 0 ? 99 : i;
});

export function guessLanguage(p: PreparedText, raw: string): LanguageGuess {
  // a plain array: cheaper to make per text than a typed one; the sums are the same doubles
  const acc = [0, 0, 0, 0, 0];
  // each distinct word counts once; only words that weigh anything need remembering: a word with a
  // vocabulary number by that number, the others (a few words with a known ending) by their lower
  // case, in a list while few (cheaper to make than a set), in a set as well once a long text has many
  if (++pass === 0x7fffffff) { counted.fill(0); pass = 1; }
  let seen: string[] | null = null;
  let many: Set<string> | null = null;
  const ids = p.ids, flags = p.flags, lowerStarts = p.lowerStarts, lowerEnds = p.lowerEnds;
  for (let k = 0; k < p.words; k++) {
    if ((flags[k]! & (HASHTAG | MENTION)) !== 0) continue;
    const id = ids[k]!;
    const w = WORD_BY_ID[id];
    const length = lowerEnds[k]! - lowerStarts[k]!;
    const tail = length > 4 && (flags[k]! & SUFFIX_BIT) !== 0 ? tailOf(p, k) : -1;
    const list = tail >= 0 && SUFFIX_FILTER[tail & SLOT_MASK] === 1 ? SUFFIX_WEIGHTS.get(tail) : undefined;
    if (!w && !list) continue;
    if (id !== 0) {
      if (id >= counted.length) { const grown = new Int32Array(id + 1024); grown.set(counted); counted = grown; }
      if (counted[id] === pass) continue;
      counted[id] = pass;
    } else {
      const lower = lowerAt(p, k);
      if (seen === null) seen = [lower];
      else if (many !== null) {
        if (many.has(lower)) continue;
        many.add(lower);
      } else if (seen.includes(lower)) continue;
      else if (seen.push(lower) === 32) many = new Set(seen);
    }
    if (w) for (let i = 0; i < N; i++) acc[i]! += w[i]!;
    if (list) {
      for (const e of list) {
        if (length > e.suffix.length + 2 && lowerEndsWith(p, k, e.suffix)) for (let i = 0; i < N; i++) acc[i]! += e.weights[i]!;
      }
    }
  }
  // the characters are looked up in the mask of the one character pass, unless URLs were blanked from it
  const masked = p.text === raw;
  for (const c of CHAR_WEIGHTS) {
    const has = masked && c.bits ? hasLatin1(p, c.bits[0]) || hasLatin1(p, c.bits[1]) : raw.includes(c.lower) || raw.includes(c.upper);
    if (has) for (let i = 0; i < N; i++) acc[i]! += c.weights[i]!;
  }
  let bi = LANGS.indexOf(DETECT_SETTINGS.fallback);
  let bestScore = -Infinity;
  for (let i = 0; i < N; i++) {
    const s = acc[i]!;
    if (s > bestScore || (s === bestScore && TIE_RANK[i]! < TIE_RANK[bi]!)) {
      bi = i;
      bestScore = s;
    }
  }
  const best = bestScore > 0 ? LANGS[bi]! : DETECT_SETTINGS.fallback;
  let alsoLikely: Lang | null = null;
  const group = GROUP_OF.get(best);
  if (group !== undefined && bestScore > 0) {
    let second = -Infinity;
    for (let i = 0; i < N; i++) {
      if (i === bi || GROUP_OF.get(LANGS[i]!) !== group) continue;
      if (acc[i]! >= DETECT_SETTINGS.ambiguityRatio * bestScore && acc[i]! > second) {
        second = acc[i]!;
        alsoLikely = LANGS[i]!;
      }
    }
  }
  if (bestScore < DETECT_SETTINGS.minScore) return { lang: 'unknown', best, alsoLikely };
  return { lang: best, best, alsoLikely };
}
