/**
 * The text judgements behind H3–H7, H10 (posts), H2 (citizen questions in comments) and H8/H9
 * (About/intro texts). Word lists, patterns, weights and thresholds live in lexicon/<lang>.json;
 * this file only combines them with the structural features of the text.
 */
import { LANGS, LEXICONS, narrowLexicon, type CompiledLexicon, type Lang, type ScoredLabel, type TermRef, matchesWord } from './compile-lexicon';
import { detectDuForm, hasPronounIn } from './du-form';
import { guessLanguage } from './detect-language';
import { citizenQuestionTallies, emptyTallies, matchTerms, postTallies, type Tallies } from './match-terms';
import { ANY_HEAD, ANY_TAIL, HASHTAG, MENTION, QUOTED, dashQuotePattern, emojiOf, headOf, lowerEndsWith, lowerStartsWith, prepareText, smileysOf, tailOf, wordAt, type PreparedText } from './text-features';
import type { LabelLexicon } from './lexicon-schema';
import { idSet } from './vocabulary';

export type TextLang = Lang | 'unknown';
export type TextLabel = 'duForm' | 'informal' | 'pride' | 'praise' | 'operational' | 'dialogue';
export const TEXT_LABELS: readonly TextLabel[] = ['duForm', 'informal', 'pride', 'praise', 'operational', 'dialogue'];
export interface LabelResult { hit: boolean; score: number; matched: string[] }
export interface TextAnalysis { lang: TextLang; labels: Record<TextLabel, LabelResult> }

export interface AnalyzeOptions {
  lang?: TextLang;
  /** pages or people the post mentions or tags */
  mentions?: string[];
  hasPoll?: boolean;
}

/** all languages' attribution verbs: the quotation is found before the language is known */
const DASH_QUOTE_RE = dashQuotePattern(new Set(LANGS.flatMap((l) => [...LEXICONS[l].attributionVerbs])));

const POST_LABELS: ReadonlySet<ScoredLabel> = new Set(['informal', 'pride', 'praise', 'operational', 'dialogue']);
const CQ_LABELS: ReadonlySet<ScoredLabel> = new Set(['citizenQuestion']);
const PAGE_LABELS: ReadonlySet<ScoredLabel> = new Set(['purpose', 'rules', 'answeringTimes']);

/** each language's lexicon narrowed to a post's / a comment's / a page text's labels: the term scan skips the others' terms */
type Lexicons = Readonly<Record<Lang, CompiledLexicon>>;
const narrowed = (labels: ReadonlySet<ScoredLabel>): Lexicons =>
  Object.fromEntries(LANGS.map((l) => [l, narrowLexicon(LEXICONS[l], labels)])) as Record<Lang, CompiledLexicon>;
const POST_LEXICONS = narrowed(POST_LABELS);
const CQ_LEXICONS = narrowed(CQ_LABELS);
const PAGE_LEXICONS = narrowed(PAGE_LABELS);

function prepare(text: string): PreparedText {
  return prepareText(text, DASH_QUOTE_RE);
}

export function detectLanguage(text: string): TextLang {
  return guessLanguage(prepare(text), text).lang;
}

/** The language to report and the lexicons (of `table`) to analyse with (two when close languages are in doubt). */
function pick(p: PreparedText, text: string, lang: TextLang | undefined, table: Lexicons): { lang: TextLang; lexicons: CompiledLexicon[] } {
  if (lang && lang !== 'unknown') return { lang, lexicons: [table[lang]] };
  const g = guessLanguage(p, text);
  return { lang: g.lang, lexicons: g.alsoLikely ? [table[g.best], table[g.alsoLikely]] : [table[g.best]] };
}

/** Of two readings of one label, the hit wins; between equals, the higher score relative to its threshold. */
function better(a: LabelResult, aThreshold: number, b: LabelResult, bThreshold: number): LabelResult {
  if (a.hit !== b.hit) return a.hit ? a : b;
  return b.score - bThreshold > a.score - aThreshold ? b : a;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The verdict of one label; evidence words listed once, in the order found. */
function finish(def: LabelLexicon, score: number, matched: string[]): LabelResult {
  return { hit: score >= def.threshold, score: round(score), matched: matched.length > 1 ? distinct(matched) : matched };
}

/** `[...new Set(list)]` for the few evidence words of a label, without a set; `list` itself when nothing repeats */
function distinct(list: string[]): string[] {
  for (let i = 1; i < list.length; i++) {
    if (list.lastIndexOf(list[i]!, i - 1) < 0) continue;
    const out = list.slice(0, i);
    for (let j = i + 1; j < list.length; j++) if (!out.includes(list[j]!)) out.push(list[j]!);
    return out;
  }
  return list;
}

/**
 * Adds feature weight `w` (if any). `shown` is the text fragment to list as evidence (an emoji, «!»,
 * a word) — never a description, since evidence is shown to users as is; null lists nothing.
 */
function feature(
  t: Tallies, label: ScoredLabel, def: LabelLexicon, name: keyof LabelLexicon['features'], on: boolean,
  shown: string | (() => string) | null,
): void {
  if (!on) return;
  const w = def.features[name];
  if (w === undefined || w === 0) return;
  t[label].score += w;
  if (w > 0 && shown !== null) {
    const s = typeof shown === 'string' ? shown : shown();
    if (s) t[label].matched.push(s);
  }
}

interface QuestionFacts {
  opinionQuestion: boolean;
  readerQuestion: boolean;
  questionWordStart: boolean;
}

const NO_QUESTION: QuestionFacts = { opinionQuestion: false, readerQuestion: false, questionWordStart: false };

/**
 * `pronounTokens`: detectDuForm's, or null to look for pronouns in the question sentences only;
 * `opinion`: whether to look for opinion questions (a citizen's question does not).
 */
function questionFacts(p: PreparedText, lex: CompiledLexicon, pronounTokens: readonly number[] | null, opinion: boolean): QuestionFacts {
  if (p.questionMarks === 0) return NO_QUESTION;
  let opinionQuestion = false, readerQuestion = false, questionWordStart = false;
  for (let si = 0; si < p.sentences.length; si++) {
    const s = p.sentences[si]!;
    if (!s.question) continue;
    if (s.firstToken < p.words && matchesWord(lex.questionWords, p, s.firstToken)) questionWordStart = true;
    // a loop, not .some(): no closure per question sentence
    if (pronounTokens === null) readerQuestion ||= hasPronounIn(p, lex, s.firstToken, s.endToken);
    else for (let k = 0; !readerQuestion && k < pronounTokens.length; k++) if (pronounTokens[k]! >= s.firstToken && pronounTokens[k]! < s.endToken) readerQuestion = true;
    if (!opinion || opinionQuestion) continue;
    for (let i = s.firstToken; i < s.endToken; i++) {
      if ((p.flags[i]! & QUOTED) === 0 && matchesWord(lex.opinionWords, p, i)) { opinionQuestion = true; break; }
    }
  }
  return { opinionQuestion, readerQuestion, questionWordStart };
}

export function analyzeText(text: string, opts: AnalyzeOptions = {}): TextAnalysis {
  const p = prepare(text);
  const { lang, lexicons } = pick(p, text, opts.lang, POST_LEXICONS);
  const style: PostStyle = { emoji: emojiOf(p), smileys: smileysOf(p) };
  let labels = labelsWith(p, style, lexicons[0]!, opts);
  if (lexicons.length > 1) {
    const [a, b] = [lexicons[0]!, lexicons[1]!];
    const other = labelsWith(p, style, b, opts);
    const merged = {} as Record<TextLabel, LabelResult>;
    for (const label of TEXT_LABELS) {
      const ta = label === 'duForm' ? a.du.threshold : a.labels[label].threshold;
      const tb = label === 'duForm' ? b.du.threshold : b.labels[label].threshold;
      merged[label] = better(labels[label], ta, other[label], tb);
    }
    labels = merged;
  }
  return { lang, labels };
}

/** what only a post's labels look at */
interface PostStyle {
  emoji: string[];
  smileys: number;
}

function labelsWith(p: PreparedText, style: PostStyle, lex: CompiledLexicon, opts: AnalyzeOptions): Record<TextLabel, LabelResult> {
  const t = postTallies();
  matchTerms(p, lex, t, POST_LABELS);
  const du = detectDuForm(p, lex);
  const duHit = du.score >= lex.du.threshold;
  const q = questionFacts(p, lex, du.pronounTokens, true);
  const L = lex.labels;

  const words = p.words;
  feature(t, 'informal', L.informal, 'emoji', style.emoji.length > 0, () => style.emoji.slice(0, 3).join(''));
  feature(t, 'informal', L.informal, 'exclamation', p.exclamations > 0, '!');
  feature(t, 'informal', L.informal, 'smiley', style.smileys > 0, null);
  feature(t, 'informal', L.informal, 'shortSentences', words > 0 && p.avgWordsPerSentence <= 12, null);
  feature(t, 'informal', L.informal, 'longSentences', p.avgWordsPerSentence >= 22, null);
  feature(t, 'informal', L.informal, 'duForm', duHit, null);
  const greeting = words > 0 && matchesWord(lex.greetings, p, 0);
  feature(t, 'informal', L.informal, 'greetingStart', greeting, greeting ? wordAt(p, 0) : null);
  feature(t, 'pride', L.pride, 'hashtag', p.hashtags > 0, () => firstHashtag(p));
  feature(t, 'praise', L.praise, 'mentions', (opts.mentions?.length ?? 0) > 0, () => (opts.mentions ?? []).slice(0, 3).map((m) => `@${m}`).join(' '));
  feature(t, 'dialogue', L.dialogue, 'poll', !!opts.hasPoll, null);
  feature(t, 'dialogue', L.dialogue, 'opinionQuestion', q.opinionQuestion, '?');
  feature(t, 'dialogue', L.dialogue, 'readerQuestion', q.readerQuestion && !q.opinionQuestion, '?');

  return {
    duForm: { hit: duHit, score: round(du.score), matched: du.matched },
    informal: finish(L.informal, t.informal.score, t.informal.matched),
    pride: finish(L.pride, t.pride.score, t.pride.matched),
    praise: finish(L.praise, t.praise.score, t.praise.matched),
    operational: finish(L.operational, t.operational.score, t.operational.matched),
    dialogue: finish(L.dialogue, t.dialogue.score, t.dialogue.matched),
  };
}

/** H2: is this citizen comment a question/request that expects an answer from the page? */
export function isCitizenQuestion(text: string, opts: { lang?: TextLang } = {}): LabelResult {
  const p = prepare(text);
  const { lexicons } = pick(p, text, opts.lang, CQ_LEXICONS);
  const first = citizenQuestionWith(p, lexicons[0]!);
  if (lexicons.length === 1) return first;
  const t0 = lexicons[0]!.labels.citizenQuestion.threshold;
  return better(first, t0, citizenQuestionWith(p, lexicons[1]!), lexicons[1]!.labels.citizenQuestion.threshold);
}

/**
 * The positive citizen-question terms of every language: a comment without «?» and without one of
 * these scores at most 0 in any language, so it is no question whatever language it is in.
 * Null when that does not hold for the lexicons (a positive «mentions» weight, a threshold ≤ 0, or
 * citizen-question patterns, word parts or pair rules, which this does not look at).
 */
interface CqTriggers {
  /** by vocabulary number */
  words: Uint8Array;
  stems: ReadonlyMap<number, readonly string[]>;
  endings: ReadonlyMap<number, readonly string[]>;
}

const CQ_TRIGGERS: CqTriggers | null = (() => {
  const words = new Set<string>();
  const stems = new Map<number, string[]>();
  const endings = new Map<number, string[]>();
  const positive = (refs: readonly TermRef[] | null | undefined) => !!refs?.some((r) => r.label === 'citizenQuestion' && r.weight > 0);
  for (const lang of LANGS) {
    const lex = LEXICONS[lang];
    const def = lex.labels.citizenQuestion;
    if (def.threshold <= 0 || (def.features.mentions ?? 0) > 0) return null;
    if ([...lex.patternLabels, ...lex.infixLabels, ...lex.pairLabels].includes('citizenQuestion')) return null;
    for (const [w, e] of lex.byWord) if (positive(e.refs) || e.phrases?.some((ph) => positive(ph.refs))) words.add(w);
    for (const [key, e] of lex.byHead) for (const st of e.stems ?? []) if (positive(st.refs)) stems.set(key, [...(stems.get(key) ?? []), st.stem]);
    for (const [key, list] of lex.byTail) for (const en of list) if (positive(en.refs)) endings.set(key, [...(endings.get(key) ?? []), en.suffix]);
  }
  return { words: idSet(words), stems, endings };
})();

function hasCqTrigger(p: PreparedText, cq: CqTriggers): boolean {
  for (let i = 0; i < p.words; i++) {
    if (cq.words[p.ids[i]!] === 1) return true;
    // the triggers' stems and endings are lexicon stems and endings (noted among a word's head and tail bits)
    const f = p.flags[i]!;
    const st = (f & ANY_HEAD) !== 0 ? cq.stems.get(headOf(p, i)) : undefined;
    if (st) for (const s of st) if (lowerStartsWith(p, i, s)) return true;
    const en = (f & ANY_TAIL) !== 0 ? cq.endings.get(tailOf(p, i)) : undefined;
    if (en) for (const e of en) if (lowerEndsWith(p, i, e)) return true;
  }
  return false;
}

/**
 * H2's question test: the evidence words when `text` is a citizen question (as isCitizenQuestion
 * decides), else null. A comment without «?» and without any language's question terms is no
 * question in any language: it skips the language guess and the term scan.
 */
export function citizenQuestionEvidence(text: string): string[] | null {
  const p = prepare(text);
  if (p.questionMarks === 0 && CQ_TRIGGERS && !hasCqTrigger(p, CQ_TRIGGERS)) return null;
  const { lexicons } = pick(p, text, undefined, CQ_LEXICONS);
  let r = citizenQuestionWith(p, lexicons[0]!);
  if (lexicons.length > 1) {
    r = better(r, lexicons[0]!.labels.citizenQuestion.threshold, citizenQuestionWith(p, lexicons[1]!), lexicons[1]!.labels.citizenQuestion.threshold);
  }
  return r.hit ? r.matched : null;
}

function citizenQuestionWith(p: PreparedText, lex: CompiledLexicon): LabelResult {
  const t = citizenQuestionTallies();
  matchTerms(p, lex, t, CQ_LABELS);
  // the pronouns matter only to a question: looked for in its sentences alone
  const q = questionFacts(p, lex, null, false);
  const def = lex.labels.citizenQuestion;
  feature(t, 'citizenQuestion', def, 'questionMark', p.questionMarks > 0, '?');
  feature(t, 'citizenQuestion', def, 'questionWordStart', q.questionWordStart, null);
  feature(t, 'citizenQuestion', def, 'readerQuestion', q.readerQuestion, '?');
  feature(t, 'citizenQuestion', def, 'mentions', hasFlag(p, MENTION) >= 0, null);
  return finish(def, t.citizenQuestion.score, t.citizenQuestion.matched);
}

/**
 * H8/H9: About/intro texts → a purpose statement, discussion rules, stated answering times.
 * About texts are short and may mix languages (and the interface language differs from the page's),
 * so every language's patterns are tried; a link whose text or address names guidelines counts too.
 */
export function analyzePageTexts(
  texts: string[], links: { text: string; href: string }[] = [],
): { purpose: LabelResult; rules: LabelResult; answeringTimes: LabelResult } {
  const best = { purpose: emptyBest(), rules: emptyBest(), answeringTimes: emptyBest() };
  const inputs = [...texts, ...links.map((l) => `${l.text} ${decodeHref(l.href)}`)];
  for (const text of inputs) {
    if (!text.trim()) continue;
    const p = prepare(text);
    for (const lang of LANGS) {
      const t = emptyTallies();
      matchTerms(p, PAGE_LEXICONS[lang], t, PAGE_LABELS);
      for (const key of ['purpose', 'rules', 'answeringTimes'] as const) {
        const b = best[key];
        b.score = Math.max(b.score, t[key].score);
        for (const m of t[key].matched) if (!b.matched.includes(m)) b.matched.push(m);
      }
    }
  }
  const def = LEXICONS.nb.labels;
  return {
    purpose: finish(def.purpose, best.purpose.score, best.purpose.matched),
    rules: finish(def.rules, best.rules.score, best.rules.matched),
    answeringTimes: finish(def.answeringTimes, best.answeringTimes.score, best.answeringTimes.matched),
  };
}

/** the first word with `bit` in its flags, or -1 */
function hasFlag(p: PreparedText, bit: number): number {
  for (let i = 0; i < p.words; i++) if ((p.flags[i]! & bit) !== 0) return i;
  return -1;
}

function firstHashtag(p: PreparedText): string {
  const i = hasFlag(p, HASHTAG);
  return i >= 0 ? `#${wordAt(p, i)}` : '';
}

function emptyBest(): { score: number; matched: string[] } {
  return { score: 0, matched: [] };
}

/** «https://kommune.no/retningslinjer-for-sosiale-medier» → words a pattern can match */
function decodeHref(href: string): string {
  let s = href;
  try { s = decodeURIComponent(href); } catch { /* keep as is */ }
  return s.replace(/^https?:\/\//, '').replace(/[/_\-.?=&#]+/g, ' ');
}
