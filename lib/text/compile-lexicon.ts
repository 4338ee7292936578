/**
 * Turns the JSON lexicons into lookup structures once, at module load: a map of whole words,
 * a map of stems keyed by their first three letters, and one combined regular expression per
 * language for phrases and raw patterns. Judging a text is then one pass over its words plus one
 * regex scan — no per-call compilation.
 */
import { LanguageLexiconSchema, DetectSettingsSchema, type LabelLexicon, type LanguageLexicon } from './lexicon-schema';
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
  words: ReadonlySet<string>;
  stems: readonly string[];
}

export interface CompiledLexicon {
  lang: Lang;
  source: LanguageLexicon;
  detectWords: ReadonlyMap<string, number>;
  detectChars: ReadonlyArray<[string, number]>;
  words: ReadonlyMap<string, TermRef[]>;
  stems: ReadonlyMap<string, Array<{ stem: string; refs: TermRef[] }>>;
  phraseRe: RegExp | null;
  /** refs of capture group i + 1 of phraseRe */
  phraseRefs: TermRef[][];
  negations: ReadonlySet<string>;
  negationWindow: number;
  attributionVerbs: ReadonlySet<string>;
  du: {
    pronouns: ReadonlySet<string>;
    lowercasePronouns: ReadonlySet<string>;
    capitalPronouns: ReadonlySet<string>;
    capitalNext: ReadonlySet<string>;
    /** first word → the words that must follow (empty: the word alone) */
    imperatives: ReadonlyMap<string, string[][]>;
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
const BOUND_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUND_AFTER = '(?![\\p{L}\\p{N}])';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** «stengt vei*» → stengt\s+vei[\p{L}\p{N}]* ; «re:…» → as written (groups made non-capturing). */
function phraseSource(term: string): string {
  if (term.startsWith('re:')) return term.slice(3).replace(/(?<!\\)\((?!\?)/g, '(?:');
  return term
    .trim()
    .split(/\s+/)
    .map((w) => (w.endsWith('*') ? `${escapeRe(w.slice(0, -1))}[\\p{L}\\p{N}]*` : escapeRe(w)))
    .join('[\\s\\-–]+');
}

function isSingleWord(term: string): boolean {
  return !term.startsWith('re:') && /^[\p{L}\p{N}]+\*?$/u.test(term);
}

export function compileWordMatcher(entries: readonly string[]): WordMatcher {
  const words = new Set<string>();
  const stems: string[] = [];
  for (const e of entries) {
    const lower = e.toLowerCase();
    if (lower.endsWith('*')) stems.push(lower.slice(0, -1));
    else words.add(lower);
  }
  return { words, stems };
}

export function matchesWord(m: WordMatcher, lower: string): boolean {
  if (m.words.has(lower)) return true;
  for (const s of m.stems) if (lower.startsWith(s)) return true;
  return false;
}

function compile(raw: unknown, where: string): CompiledLexicon {
  const parsed = LanguageLexiconSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`lexicon ${where} is invalid: ${parsed.error.message}`);
  const lex = parsed.data;
  const words = new Map<string, TermRef[]>();
  const stems = new Map<string, Array<{ stem: string; refs: TermRef[] }>>();
  const phraseSources: string[] = [];
  const phraseRefs: TermRef[][] = [];
  const phraseIndex = new Map<string, number>();

  const labels: Record<ScoredLabel, LabelLexicon> = { ...lex.labels, ...lex.page };
  for (const label of SCORED_LABELS) {
    const def = labels[label];
    for (const [termRaw, weight] of Object.entries(def.terms)) {
      const term = termRaw.startsWith('re:') ? termRaw : termRaw.toLowerCase();
      const ref: TermRef = { label, term: termRaw, weight, negatable: def.negatable };
      if (isSingleWord(term)) {
        if (term.endsWith('*')) {
          const stem = term.slice(0, -1);
          if (stem.length < STEM_KEY) throw new Error(`lexicon ${where}: stem «${termRaw}» is shorter than ${STEM_KEY}`);
          const key = stem.slice(0, STEM_KEY);
          const list = stems.get(key) ?? [];
          let entry = list.find((e) => e.stem === stem);
          if (!entry) list.push((entry = { stem, refs: [] }));
          entry.refs.push(ref);
          stems.set(key, list);
        } else {
          const list = words.get(term) ?? [];
          list.push(ref);
          words.set(term, list);
        }
      } else {
        const src = phraseSource(term);
        let i = phraseIndex.get(src);
        if (i === undefined) {
          i = phraseSources.length;
          phraseIndex.set(src, i);
          phraseSources.push(src);
          phraseRefs.push([]);
        }
        phraseRefs[i]!.push(ref);
      }
    }
  }
  let phraseRe: RegExp | null = null;
  if (phraseSources.length) {
    const body = phraseSources.map((s) => `(${s})`).join('|');
    try {
      phraseRe = new RegExp(`${BOUND_BEFORE}(?:${body})${BOUND_AFTER}`, 'giu');
    } catch (e) {
      throw new Error(`lexicon ${where}: a phrase pattern does not compile: ${(e as Error).message}`);
    }
  }

  const imperatives = new Map<string, string[][]>();
  for (const imp of lex.duForm.imperatives) {
    const [first, ...rest] = imp.toLowerCase().split(/\s+/);
    const list = imperatives.get(first!) ?? [];
    list.push(rest);
    imperatives.set(first!, list);
  }

  return {
    lang: lex.lang,
    source: lex,
    detectWords: new Map(Object.entries(lex.detect.words).map(([w, v]) => [w.toLowerCase(), v])),
    detectChars: Object.entries(lex.detect.chars),
    words,
    stems,
    phraseRe,
    phraseRefs,
    negations: new Set(lex.negation.words.map((w) => w.toLowerCase())),
    negationWindow: lex.negation.window,
    attributionVerbs: new Set(lex.quoteAttributionVerbs.map((w) => w.toLowerCase())),
    du: {
      pronouns: new Set(lex.duForm.pronouns.map((w) => w.toLowerCase())),
      lowercasePronouns: new Set(lex.duForm.lowercasePronouns),
      capitalPronouns: new Set(lex.duForm.capitalPronouns),
      capitalNext: new Set(lex.duForm.capitalPronounNextWords.map((w) => w.toLowerCase())),
      imperatives,
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

export const LEXICONS: Readonly<Record<Lang, CompiledLexicon>> = {
  nb: compile(nbJson, 'nb'),
  nn: compile(nnJson, 'nn'),
  da: compile(daJson, 'da'),
  sv: compile(svJson, 'sv'),
  en: compile(enJson, 'en'),
};

export const DETECT_SETTINGS = DetectSettingsSchema.parse(detectJson);
