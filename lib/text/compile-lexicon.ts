/**
 * Turns the JSON lexicons into lookup structures once, at module load: maps of whole words,
 * stems (by their first letters), word endings (by their last letters) and phrases (by their first
 * word), plus one combined regular expression for the few raw «re:» patterns. Judging a text is
 * then one pass over its words plus one small regex scan — nothing is compiled per call.
 */
import { IN_HEADS, IN_PATTERN_ENDINGS, IN_TAILS, SLOT_MASK, headBit, headKey, lowerStartsWith, newKeyGroup, noteEndingKey, noteStemKey, tailBit, tailKey, type PreparedText } from './text-features';
import { idSet, idTable, wordId } from './vocabulary';
import { compilePatternScan, type PatternScan } from './pattern-scan';
import { LanguageLexiconSchema, DetectSettingsSchema, type LabelLexicon } from './lexicon-schema';
import nbJson from './lexicon/nb.json';
import nnJson from './lexicon/nn.json';
import daJson from './lexicon/da.json';
import svJson from './lexicon/sv.json';
import enJson from './lexicon/en.json';
import detectJson from './lexicon/detect.json';

export type Lang = 'nb' | 'nn' | 'da' | 'sv' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'da', 'sv', 'en'];

export const SCORED_LABELS = [
  'informal', 'pride', 'praise', 'operational', 'dialogue', 'citizenQuestion', 'purpose', 'rules', 'answeringTimes',
] as const;
export type ScoredLabel = (typeof SCORED_LABELS)[number];

export interface TermRef {
  label: ScoredLabel;
  term: string;
  weight: number;
  negatable: boolean;
}

/** A set of words where an entry ending in «*» is a stem. */
export interface WordMatcher {
  /** the whole words, by vocabulary number (vocabulary.ts) */
  ids: Uint8Array;
  stems: readonly string[];
  /** the first UTF-16 units of `stems`: a word starting otherwise is compared with none of them (null: an empty stem, which every word starts with) */
  stemFirsts: readonly number[] | null;
}

export interface PairSide {
  rule: number;
  side: 'a' | 'b';
}

/** A phrase indexed by its first word: the words that must follow (the last may be a stem). */
export interface PhraseEntry {
  rest: string[];
  /** the vocabulary numbers of `rest` (-1 for a stem, which is compared as a string) */
  restIds: number[];
  lastIsStem: boolean;
  refs: TermRef[];
}

/** All a word can start in one lexicon: its terms, the phrases it begins, the pair rules it belongs to. */
export interface WordEntry {
  refs: TermRef[] | null;
  phrases: PhraseEntry[] | null;
  pairs: PairSide[] | null;
  /** the lexicon's «re:» patterns that may start at this word, as a mask (pattern-scan.ts; 0: none) */
  patternAlts: number;
}

/** The stems and pair-rule stems that share their first three letters. */
export interface HeadEntry {
  stems: Array<{ stem: string; refs: TermRef[] }> | null;
  pairStems: Array<{ stem: string; sides: PairSide[] }> | null;
}

export interface DuWord {
  pronoun: boolean;
  /** the phrases (as vocabulary numbers, pronoun included) in which this pronoun does not count */
  exceptions: Array<{ words: number[]; at: number }> | null;
  address: boolean;
  /** the words that must follow this imperative (empty: the word alone); null when it is none */
  imperatives: string[][] | null;
  /** `imperatives` as vocabulary numbers */
  imperativeIds: number[][] | null;
  /** an imperative may follow this word mid-sentence */
  imperativeAfter: boolean;
}

export interface CompiledLexicon {
  lang: Lang;
  /**
   * bits IN_… (text-features.ts), by a stem or ending key `& SLOT_MASK`: IN_HEADS for `byHead`,
   * IN_TAILS for `byTail`, IN_PATTERN_ENDINGS for `patternScan.endings`. A clear bit means the
   * lookup finds nothing.
   */
  filter: Uint8Array;
  /** this lexicon's bit among a word's head / tail bits (text-features.ts): clear, the word has none of its stems / endings */
  headBit: number;
  tailBit: number;
  /** `byWord` by vocabulary number (vocabulary.ts): the lookup for a text's words */
  wordsById: ReadonlyArray<WordEntry | undefined>;
  detectWords: ReadonlyMap<string, number>;
  detectChars: ReadonlyArray<[string, number]>;
  detectSuffixes: ReadonlyArray<[string, number]>;
  pairRules: ReadonlyArray<{ label: ScoredLabel; weight: number; negatable: boolean }>;
  /** a word's terms, the phrases it starts and its pair-rule sides in one map: one lookup per word for all of them */
  byWord: ReadonlyMap<string, WordEntry>;
  /** stems and pair-rule stems by `headKey` of their first three letters, word endings («*eres») by `tailKey` of their last two (text-features.ts) */
  byHead: ReadonlyMap<number, HeadEntry>;
  byTail: ReadonlyMap<number, Array<{ suffix: string; refs: TermRef[] }>>;
  /** word parts («*lekkasje*») combined into one case-insensitive scan, one capture group each */
  infixRe: RegExp | null;
  infixRefs: TermRef[][];
  /** the raw «re:» patterns combined, one capture group each */
  patternRe: RegExp | null;
  patternRefs: TermRef[][];
  /** `patternRe` tried only at the words where one of its patterns can start (null: scan the whole text) */
  patternScan: PatternScan | null;
  /** the labels the patterns, word parts and pair rules can add to: a scan for other labels skips them */
  patternLabels: readonly ScoredLabel[];
  infixLabels: readonly ScoredLabel[];
  pairLabels: readonly ScoredLabel[];
  /** the negation words, and the words that turn a negation into an all-clear («ikke lenger stengt»: the term then counts), by vocabulary number */
  negationIds: Uint8Array;
  breakerIds: Uint8Array;
  negationWindow: number;
  attributionVerbs: ReadonlySet<string>;
  du: {
    lowercasePronouns: ReadonlySet<string>;
    /** `lowercasePronouns` by vocabulary number */
    lowercaseIds: Uint8Array;
    capitalPronouns: ReadonlySet<string>;
    /**
     * `capitalPronouns` in lower case, by vocabulary number: a word whose lower case is not in it is
     * none of them, so most words are not sliced and looked up as written (null: an entry is not
     * ASCII, whose lower case may depend on its neighbours — every word is then looked up)
     */
    capitalLowerIds: Uint8Array | null;
    /** the words after which a capital pronoun at a sentence start counts, by vocabulary number */
    capitalNextIds: Uint8Array;
    /** the pronouns, address words, imperatives and the words an imperative may follow, in one table by vocabulary number: one lookup per word */
    byId: ReadonlyArray<DuWord | undefined>;
    pronounWeight: number;
    imperativeWeight: number;
    threshold: number;
  };
  greetings: WordMatcher;
  opinionWords: WordMatcher;
  questionWords: WordMatcher;
  labels: Record<ScoredLabel, LabelLexicon>;
}

const STEM_KEY = 3;
const SUFFIX_KEY = 2;
const INFIX_MIN = 4;
const BOUND_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUND_AFTER = '(?![\\p{L}\\p{N}])';
/** the same notion of a word as text-features.ts */
const TERM_TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?\*?/gu;

export function compileWordMatcher(entries: readonly string[]): WordMatcher {
  const words = new Set<string>();
  const stems: string[] = [];
  for (const e of entries) {
    const lower = e.toLowerCase();
    if (lower.endsWith('*')) stems.push(lower.slice(0, -1));
    else words.add(lower);
  }
  words.delete(''); // no word of a text is empty
  return { ids: idSet(words), stems, stemFirsts: stems.includes('') ? null : [...new Set(stems.map((s) => s.charCodeAt(0)))] };
}

/** Is word i of `p` one of the words or does it start with one of the stems? */
export function matchesWord(m: WordMatcher, p: PreparedText, i: number): boolean {
  if (m.ids[p.ids[i]!] === 1) return true;
  if (m.stems.length === 0 || (m.stemFirsts !== null && !m.stemFirsts.includes(p.lowerText.charCodeAt(p.lowerStarts[i]!)))) return false;
  for (const s of m.stems) if (lowerStartsWith(p, i, s)) return true;
  return false;
}

/** The vocabulary number of a word a text's word is compared with; -1 (never equal) for an empty one. */
function idOfListed(word: string): number {
  return word === '' ? -1 : wordId(word);
}

/** «thank you to» → { you: [{ words: [thank, you, to], at: 1 }] } */
function pronounExceptions(phrases: readonly string[], pronouns: readonly string[]): Map<string, Array<{ words: string[]; at: number }>> {
  const map = new Map<string, Array<{ words: string[]; at: number }>>();
  const set = new Set(pronouns.map((p) => p.toLowerCase()));
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/\s+/);
    const at = words.findIndex((w) => set.has(w));
    if (at < 0) throw new Error(`pronoun exception «${phrase}» contains no pronoun`);
    push(map, words[at]!, { words, at });
  }
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Validates one lexicon (zod) and builds its lookup structures; throws naming the lexicon when it is broken. */
export function compileLexicon(raw: unknown, where: string): CompiledLexicon {
  const parsed = LanguageLexiconSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`lexicon ${where} is invalid: ${parsed.error.message}`);
  const lex = parsed.data;
  const words = new Map<string, TermRef[]>();
  const stems = new Map<string, Array<{ stem: string; refs: TermRef[] }>>();
  const suffixes = new Map<string, Array<{ suffix: string; refs: TermRef[] }>>();
  const phrases = new Map<string, PhraseEntry[]>();
  const patternSources: string[] = [];
  const patternRefs: TermRef[][] = [];
  const infixParts: string[] = [];
  const infixRefs: TermRef[][] = [];

  const labels: Record<ScoredLabel, LabelLexicon> = { ...lex.labels, ...lex.page };
  for (const label of SCORED_LABELS) {
    const def = labels[label];
    for (const [termRaw, weight] of Object.entries(def.terms)) {
      const ref: TermRef = { label, term: termRaw, weight, negatable: def.negatable };
      if (termRaw.startsWith('re:')) {
        patternSources.push(termRaw.slice(3).replace(/(?<!\\)\((?!\?)/g, '(?:'));
        patternRefs.push([ref]);
        continue;
      }
      const term = termRaw.toLowerCase().trim();
      if (term.length > 2 && term.startsWith('*') && term.endsWith('*')) {
        const part = term.slice(1, -1);
        if (part.length < INFIX_MIN || !/^[\p{L}\p{N}]+$/u.test(part)) {
          throw new Error(`lexicon ${where}: word part «${termRaw}» must be at least ${INFIX_MIN} letters`);
        }
        let g = infixParts.indexOf(part);
        if (g < 0) { g = infixParts.push(part) - 1; infixRefs.push([]); }
        infixRefs[g]!.push(ref);
        continue;
      }
      if (term.startsWith('*')) {
        const suffix = term.slice(1);
        if (suffix.length < SUFFIX_KEY) throw new Error(`lexicon ${where}: suffix «${termRaw}» is too short`);
        const key = suffix.slice(-SUFFIX_KEY);
        const list = suffixes.get(key) ?? [];
        let e = list.find((x) => x.suffix === suffix);
        if (!e) list.push((e = { suffix, refs: [] }));
        e.refs.push(ref);
        suffixes.set(key, list);
        continue;
      }
      const parts = term.match(TERM_TOKEN_RE) ?? [];
      if (parts.length === 0) throw new Error(`lexicon ${where}: term «${termRaw}» has no word in it`);
      if (parts.slice(0, -1).some((p) => p.endsWith('*'))) {
        throw new Error(`lexicon ${where}: only the last word of «${termRaw}» may be a stem`);
      }
      if (parts.length === 1) {
        const w = parts[0]!;
        if (w.endsWith('*')) {
          const stem = w.slice(0, -1);
          if (stem.length < STEM_KEY) throw new Error(`lexicon ${where}: stem «${termRaw}» is shorter than ${STEM_KEY}`);
          const key = stem.slice(0, STEM_KEY);
          const list = stems.get(key) ?? [];
          let e = list.find((x) => x.stem === stem);
          if (!e) list.push((e = { stem, refs: [] }));
          e.refs.push(ref);
          stems.set(key, list);
        } else {
          push(words, w, ref);
        }
        continue;
      }
      const last = parts[parts.length - 1]!;
      const lastIsStem = last.endsWith('*');
      const rest = parts.slice(1).map((p, i, a) => (i === a.length - 1 && lastIsStem ? p.slice(0, -1) : p));
      const list = phrases.get(parts[0]!) ?? [];
      let e = list.find((x) => x.lastIsStem === lastIsStem && x.rest.join(' ') === rest.join(' '));
      if (!e) list.push((e = { rest, restIds: rest.map((w, i) => (i === rest.length - 1 && lastIsStem ? -1 : idOfListed(w))), lastIsStem, refs: [] }));
      e.refs.push(ref);
      phrases.set(parts[0]!, list);
    }
  }
  const pairWords = new Map<string, PairSide[]>();
  const pairStems = new Map<string, Array<{ stem: string; sides: PairSide[] }>>();
  const pairRules: Array<{ label: ScoredLabel; weight: number; negatable: boolean }> = [];
  for (const label of SCORED_LABELS) {
    const def = labels[label];
    for (const pair of def.pairs) {
      const rule = pairRules.length;
      pairRules.push({ label, weight: pair.weight, negatable: def.negatable });
      for (const side of ['a', 'b'] as const) {
        for (const entry of pair[side]) {
          const w = entry.toLowerCase();
          if (w.endsWith('*')) {
            const stem = w.slice(0, -1);
            if (stem.length < STEM_KEY) throw new Error(`lexicon ${where}: stem «${entry}» is shorter than ${STEM_KEY}`);
            const list = pairStems.get(stem.slice(0, STEM_KEY)) ?? [];
            let e = list.find((x) => x.stem === stem);
            if (!e) list.push((e = { stem, sides: [] }));
            e.sides.push({ rule, side });
            pairStems.set(stem.slice(0, STEM_KEY), list);
          } else {
            push(pairWords, w, { rule, side });
          }
        }
      }
    }
  }

  const byWord = new Map<string, WordEntry>();
  const wordEntry = (w: string): WordEntry => {
    let e = byWord.get(w);
    if (!e) byWord.set(w, (e = { refs: null, phrases: null, pairs: null, patternAlts: 0 }));
    return e;
  };
  for (const [w, refs] of words) wordEntry(w).refs = refs;
  for (const [w, list] of phrases) wordEntry(w).phrases = list;
  for (const [w, sides] of pairWords) wordEntry(w).pairs = sides;
  // keys may collide: lists are joined in order, and the matcher checks each stem or ending anyway
  const byHead = new Map<number, HeadEntry>();
  const headEntry = (h: string): HeadEntry => {
    const key = headKey(h);
    let e = byHead.get(key);
    if (!e) byHead.set(key, (e = { stems: null, pairStems: null }));
    return e;
  };
  for (const [h, list] of stems) { const e = headEntry(h); e.stems = [...(e.stems ?? []), ...list]; }
  for (const [h, list] of pairStems) { const e = headEntry(h); e.pairStems = [...(e.pairStems ?? []), ...list]; }
  const byTail = new Map<number, Array<{ suffix: string; refs: TermRef[] }>>();
  for (const [t, list] of suffixes) byTail.set(tailKey(t), [...(byTail.get(tailKey(t)) ?? []), ...list]);

  let patternRe: RegExp | null = null;
  if (patternSources.length) {
    const body = patternSources.map((s) => `(${s})`).join('|');
    try {
      patternRe = new RegExp(`${BOUND_BEFORE}(?:${body})${BOUND_AFTER}`, 'giu');
    } catch (e) {
      throw new Error(`lexicon ${where}: a «re:» pattern does not compile: ${(e as Error).message}`);
    }
  }

  // the pattern shortcut: the words where a pattern may start are marked in the word map
  const patternScan = patternRe ? compilePatternScan(patternSources, patternRe) : null;
  for (const w of patternScan?.exactWords ?? []) wordEntry(w).patternAlts = patternScan!.exactAlts.get(w)!;

  // longest first: where two parts start at the same place, the longer (more specific) one is counted
  const byLength = infixParts.map((_, i) => i).sort((x, y) => infixParts[y]!.length - infixParts[x]!.length);
  // grouped by first letter, longest first within a group: parts that begin with different letters
  // never match at one place, so the scan tries one group per place («v(?:(annledning)|(annrør))|k(?:…)»)
  // and finds what the flat list finds — unless two first letters are the same letter in another case
  const firstOf = (i: number) => String.fromCodePoint(infixParts[i]!.codePointAt(0)!);
  const byFirst = new Map<string, number[]>();
  for (const i of byLength) push(byFirst, firstOf(i), i);
  const firsts = [...byFirst.keys()];
  const apart = firsts.every((a) => firsts.every((b) => a === b || !new RegExp(`^${a}$`, 'iu').test(b)));
  const infixOrder = apart ? [...byFirst.values()].flat() : byLength;
  const infixRe = infixParts.length === 0 ? null : apart
    ? new RegExp([...byFirst].map(([first, list]) => `${first}(?:${list.map((i) => `(${infixParts[i]!.slice(first.length)})`).join('|')})`).join('|'), 'giu')
    : new RegExp(byLength.map((i) => `(${infixParts[i]})`).join('|'), 'giu');

  const imperatives = new Map<string, string[][]>();
  for (const imp of lex.duForm.imperatives) {
    const [first, ...rest] = imp.toLowerCase().split(/\s+/);
    push(imperatives, first!, rest);
  }

  const du = {
    pronouns: new Set(lex.duForm.pronouns.map((w) => w.toLowerCase())),
    addressWords: new Set(lex.duForm.addressWords.map((w) => w.toLowerCase())),
    imperativeAfter: new Set(lex.duForm.imperativeAfter.map((w) => w.toLowerCase())),
  };
  const exceptions = pronounExceptions(lex.duForm.pronounExceptions, lex.duForm.pronouns);
  const duByWord = new Map<string, DuWord>();
  for (const w of new Set([...du.pronouns, ...du.addressWords, ...imperatives.keys(), ...du.imperativeAfter])) {
    const follow = imperatives.get(w) ?? null;
    duByWord.set(w, {
      pronoun: du.pronouns.has(w),
      exceptions: exceptions.get(w)?.map((e) => ({ words: e.words.map(idOfListed), at: e.at })) ?? null,
      address: du.addressWords.has(w),
      imperatives: follow,
      imperativeIds: follow?.map((rest) => rest.map(idOfListed)) ?? null,
      imperativeAfter: du.imperativeAfter.has(w),
    });
  }

  const filter = new Uint8Array(SLOT_MASK + 1);
  const group = newKeyGroup();
  for (const key of byHead.keys()) { filter[key & SLOT_MASK]! |= IN_HEADS; noteStemKey(key, group); }
  for (const key of byTail.keys()) { filter[key & SLOT_MASK]! |= IN_TAILS; noteEndingKey(key, group); }
  for (const key of patternScan?.endings.keys() ?? []) { filter[key & SLOT_MASK]! |= IN_PATTERN_ENDINGS; noteEndingKey(key, group); }

  return {
    lang: lex.lang,
    filter,
    headBit: headBit(group),
    tailBit: tailBit(group),
    wordsById: idTable(byWord),
    detectWords: new Map(Object.entries(lex.detect.words).map(([w, v]) => [w.toLowerCase(), v])),
    detectChars: Object.entries(lex.detect.chars),
    detectSuffixes: Object.entries(lex.detect.suffixes),
    pairRules,
    byWord,
    byHead,
    byTail,
    patternRe,
    patternRefs,
    patternScan,
    infixRe,
    infixRefs: infixOrder.map((i) => infixRefs[i]!),
    patternLabels: [...new Set(patternRefs.flat().map((r) => r.label))],
    infixLabels: [...new Set(infixRefs.flat().map((r) => r.label))],
    pairLabels: [...new Set(pairRules.map((r) => r.label))],
    negationIds: idSet(lex.negation.words.map((w) => w.toLowerCase()).filter((w) => w !== '')),
    breakerIds: idSet(lex.negation.breakers.map((w) => w.toLowerCase()).filter((w) => w !== '')),
    negationWindow: lex.negation.window,
    attributionVerbs: new Set(lex.quoteAttributionVerbs.map((w) => w.toLowerCase())),
    du: {
      lowercasePronouns: new Set(lex.duForm.lowercasePronouns),
      lowercaseIds: idSet(lex.duForm.lowercasePronouns.filter((w) => w !== '')),
      capitalPronouns: new Set(lex.duForm.capitalPronouns),
      capitalLowerIds: lex.duForm.capitalPronouns.every((w) => /^[\x00-\x7f]*$/.test(w))
        ? idSet(lex.duForm.capitalPronouns.map((w) => w.toLowerCase()).filter((w) => w !== ''))
        : null,
      capitalNextIds: idSet(lex.duForm.capitalPronounNextWords.map((w) => w.toLowerCase()).filter((w) => w !== '')),
      byId: idTable(duByWord),
      pronounWeight: lex.duForm.pronounWeight,
      imperativeWeight: lex.duForm.imperativeWeight,
      threshold: lex.duForm.threshold,
    },
    greetings: compileWordMatcher(lex.greetings),
    opinionWords: compileWordMatcher(lex.opinionWords),
    questionWords: compileWordMatcher(lex.questionWords),
    labels,
  };
}

/**
 * The lexicon as matchTerms reads it for `labels` alone: words, phrases, stems and endings keep only
 * the terms of those labels, and those left with none are gone (with the pair rules', patterns' and
 * word parts' parts when their labels are not wanted). matchTerms given it and `labels` counts what
 * it counts with the whole lexicon and `labels` — without stepping over the other labels' terms.
 */
export function narrowLexicon(lex: CompiledLexicon, labels: ReadonlySet<ScoredLabel>): CompiledLexicon {
  const wanted = (refs: readonly TermRef[] | null) => {
    const kept = refs?.filter((r) => labels.has(r.label)) ?? [];
    return kept.length > 0 ? kept : null;
  };
  const anyOf = (list: readonly ScoredLabel[]) => list.some((l) => labels.has(l));
  const pairs = anyOf(lex.pairLabels), patterns = anyOf(lex.patternLabels);
  const wordsById = lex.wordsById.map((e) => {
    if (e === undefined) return undefined;
    const phrases = e.phrases?.flatMap((ph) => { const refs = wanted(ph.refs); return refs ? [{ ...ph, refs }] : []; }) ?? [];
    const entry: WordEntry = {
      refs: wanted(e.refs), phrases: phrases.length > 0 ? phrases : null, pairs: pairs ? e.pairs : null, patternAlts: patterns ? e.patternAlts : 0,
    };
    return entry.refs || entry.phrases || entry.pairs || entry.patternAlts !== 0 ? entry : undefined;
  });
  const filter = lex.filter.map((bits) => bits & ~(IN_HEADS | IN_TAILS));
  const byHead = new Map<number, HeadEntry>();
  for (const [key, e] of lex.byHead) {
    const stems = e.stems?.flatMap((st) => { const refs = wanted(st.refs); return refs ? [{ stem: st.stem, refs }] : []; }) ?? [];
    const entry: HeadEntry = { stems: stems.length > 0 ? stems : null, pairStems: pairs ? e.pairStems : null };
    if (!entry.stems && !entry.pairStems) continue;
    byHead.set(key, entry);
    filter[key & SLOT_MASK]! |= IN_HEADS;
  }
  const byTail = new Map<number, Array<{ suffix: string; refs: TermRef[] }>>();
  for (const [key, list] of lex.byTail) {
    const kept = list.flatMap((en) => { const refs = wanted(en.refs); return refs ? [{ suffix: en.suffix, refs }] : []; });
    if (kept.length === 0) continue;
    byTail.set(key, kept);
    filter[key & SLOT_MASK]! |= IN_TAILS;
  }
  return { ...lex, wordsById, filter, byHead, byTail };
}

export const LEXICONS: Readonly<Record<Lang, CompiledLexicon>> = {
  nb: compileLexicon(nbJson, 'nb'),
  nn: compileLexicon(nnJson, 'nn'),
  da: compileLexicon(daJson, 'da'),
  sv: compileLexicon(svJson, 'sv'),
  en: compileLexicon(enJson, 'en'),
};

export const DETECT_SETTINGS = DetectSettingsSchema.parse(detectJson);
