/**
 * Finds a lexicon's terms in a prepared text and sums their weights per label. A term counts once
 * per text; a negatable term right after a negation word («ingen vannbrudd») does not count.
 */
import type { CompiledLexicon, HeadEntry, PairSide, ScoredLabel, TermRef } from './compile-lexicon';
import { IN_HEADS, IN_TAILS, SENTENCE_START, SLOT_MASK, sentenceAt, headOf, lowerEndsWith, lowerStartsWith, tailOf, wordAt, type PreparedText } from './text-features';
import { addPatternStarts, scanPatterns } from './pattern-scan';

export interface LabelTally {
  score: number;
  matched: string[];
}

export type Tallies = Record<ScoredLabel, LabelTally>;

/**
 * Stands in for the labels a scan does not count (matchTerms given `only` never writes to them);
 * frozen, so a write would throw rather than count.
 */
const UNCOUNTED: LabelTally = Object.freeze({ score: 0, matched: Object.freeze([]) as unknown as string[] });

/** Tallies for the citizen-question scan alone: one fresh tally, not nine (a judge checks thousands of comments). */
export function citizenQuestionTallies(): Tallies {
  return {
    informal: UNCOUNTED,
    pride: UNCOUNTED,
    praise: UNCOUNTED,
    operational: UNCOUNTED,
    dialogue: UNCOUNTED,
    citizenQuestion: { score: 0, matched: [] },
    purpose: UNCOUNTED,
    rules: UNCOUNTED,
    answeringTimes: UNCOUNTED,
  };
}

/** Tallies for a post's labels alone (informal, pride, praise, operational, dialogue). */
export function postTallies(): Tallies {
  return {
    informal: { score: 0, matched: [] },
    pride: { score: 0, matched: [] },
    praise: { score: 0, matched: [] },
    operational: { score: 0, matched: [] },
    dialogue: { score: 0, matched: [] },
    citizenQuestion: UNCOUNTED,
    purpose: UNCOUNTED,
    rules: UNCOUNTED,
    answeringTimes: UNCOUNTED,
  };
}

export function emptyTallies(): Tallies {
  return {
    informal: { score: 0, matched: [] },
    pride: { score: 0, matched: [] },
    praise: { score: 0, matched: [] },
    operational: { score: 0, matched: [] },
    dialogue: { score: 0, matched: [] },
    citizenQuestion: { score: 0, matched: [] },
    purpose: { score: 0, matched: [] },
    rules: { score: 0, matched: [] },
    answeringTimes: { score: 0, matched: [] },
  };
}

function negated(p: PreparedText, lex: CompiledLexicon, tokenIndex: number): boolean {
  let negation = false;
  for (let j = tokenIndex - 1; j >= 0 && j >= tokenIndex - lex.negationWindow; j--) {
    // word j + 1 starts the sentence: j is in the one before
    if ((p.flags[j + 1]! & SENTENCE_START) !== 0) break;
    const id = p.ids[j]!;
    if (lex.breakerIds[id] === 1) return false;
    if (lex.negationIds[id] === 1) negation = true;
  }
  return negation;
}

/** index of the first word starting at or after `offset` */
function tokenAt(p: PreparedText, offset: number): number {
  let lo = 0, hi = p.words;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function add(
  tallies: Tallies, seen: TermRef[], refs: readonly TermRef[], surface: string,
  p: PreparedText, lex: CompiledLexicon, tokenIndex: number, only: ReadonlySet<ScoredLabel> | null,
): void {
  for (const ref of refs) {
    if (seen.includes(ref)) continue;
    if (only && !only.has(ref.label)) continue;
    if (ref.negatable && negated(p, lex, tokenIndex)) continue;
    seen.push(ref);
    const t = tallies[ref.label];
    t.score += ref.weight;
    if (ref.weight > 0) t.matched.push(surface);
  }
}

function wants(only: ReadonlySet<ScoredLabel> | null, labels: readonly ScoredLabel[]): boolean {
  if (!only) return labels.length > 0;
  for (let i = 0; i < labels.length; i++) if (only.has(labels[i]!)) return true;
  return false;
}

/** Adds the lexicon's term weights found in `p` to `tallies` (only for `only` labels when given). */
export function matchTerms(
  p: PreparedText, lex: CompiledLexicon, tallies: Tallies, only: ReadonlySet<ScoredLabel> | null = null,
): void {
  // the terms counted so far: a few per text, so a list is cheaper than a set
  const seen: TermRef[] = [];
  // pair-rule words, in the order found; the rules are judged after the terms (as their evidence comes after)
  const pairs = lex.pairRules.length > 0 && wants(only, lex.pairLabels);
  const pairHits: Array<{ sides: readonly PairSide[]; i: number }> = [];
  const ids = p.ids;
  const n = p.words;
  // where the «re:» patterns may start, noted in this pass (see pattern-scan.ts); null: no shortcut
  const scan = lex.patternRe && lex.patternScan && !p.longS && wants(only, lex.patternLabels) ? lex.patternScan : null;
  const starts: number[] | null = scan ? [] : null;
  const alts: number[] | null = scan ? [] : null;
  const filter = lex.filter, byId = lex.wordsById, flags = p.flags;
  for (let i = 0; i < n; i++) {
    const w = byId[ids[i]!];
    const f = flags[i]!;
    if (scan) addPatternStarts(scan, p, i, w === undefined ? 0 : w.patternAlts, starts!, alts!, filter, lex.tailBit);
    if (w?.refs) add(tallies, seen, w.refs, wordAt(p, i), p, lex, i, only);
    // stems and endings: only for a word whose first three or last two letters some lexicon's have
    let h: HeadEntry | undefined;
    if ((f & lex.headBit) !== 0) {
      const head = headOf(p, i);
      h = (filter[head & SLOT_MASK]! & IN_HEADS) !== 0 ? lex.byHead.get(head) : undefined;
      const list = h?.stems;
      if (list) for (const e of list) if (lowerStartsWith(p, i, e.stem)) add(tallies, seen, e.refs, wordAt(p, i), p, lex, i, only);
    }
    if ((f & lex.tailBit) !== 0) {
      const tail = tailOf(p, i);
      const ends = (filter[tail & SLOT_MASK]! & IN_TAILS) !== 0 ? lex.byTail.get(tail) : undefined;
      if (ends) for (const e of ends) if (p.lowerEnds[i]! - p.lowerStarts[i]! > e.suffix.length + 1 && lowerEndsWith(p, i, e.suffix)) add(tallies, seen, e.refs, wordAt(p, i), p, lex, i, only);
    }
    const phrases = w?.phrases;
    if (phrases) {
      for (const ph of phrases) {
        const k = ph.rest.length;
        if (i + k >= n) continue;
        let ok = true;
        for (let j = 0; j < k; j++) {
          if (j === k - 1 && ph.lastIsStem ? !lowerStartsWith(p, i + 1 + j, ph.rest[j]!) : ids[i + 1 + j] !== ph.restIds[j]) { ok = false; break; }
        }
        if (ok) add(tallies, seen, ph.refs, p.text.slice(p.starts[i]!, p.ends[i + k]!), p, lex, i, only);
      }
    }
    if (pairs) {
      if (w?.pairs) pairHits.push({ sides: w.pairs, i });
      const list = h?.pairStems;
      if (list) for (const e of list) if (lowerStartsWith(p, i, e.stem)) pairHits.push({ sides: e.sides, i });
    }
  }
  // a scan that cannot add to the wanted labels is skipped (H2 wants none of them)
  if (pairHits.length > 0) matchPairs(p, lex, pairHits, tallies, only);
  if (lex.infixRe && wants(only, lex.infixLabels)) matchInfixes(p, lex, lex.infixRe, tallies, seen, only);
  const re = lex.patternRe;
  if (!re || !wants(only, lex.patternLabels)) return;
  if (scan) {
    scanPatterns(p, scan, starts!, alts!, (index, text, g) => add(tallies, seen, lex.patternRefs[g]!, text, p, lex, tokenAt(p, index), only));
    return;
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        add(tallies, seen, lex.patternRefs[g - 1]!, m[0], p, lex, tokenAt(p, m.index), only);
        break;
      }
    }
  }
}

/** Word parts: found anywhere in the text, counted for the word that contains them (outside a word they do not count). */
function matchInfixes(
  p: PreparedText, lex: CompiledLexicon, re: RegExp, tallies: Tallies, seen: TermRef[], only: ReadonlySet<ScoredLabel> | null,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.text)) !== null) {
    // the token that contains the match: the last one starting at or before it
    const i = tokenAt(p, m.index + 1) - 1;
    if (i < 0 || p.ends[i]! < m.index + m[0].length) continue;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        add(tallies, seen, lex.infixRefs[g - 1]!, wordAt(p, i), p, lex, i, only);
        break;
      }
    }
  }
}

/** Per pair rule: the sentence where side a / side b was last seen, the words seen, and whether it counted. */
interface PairState {
  aSentence: number[];
  bSentence: number[];
  aWord: string[];
  bWord: string[];
  done: boolean[];
}

function visitPair(
  state: PairState, sides: readonly PairSide[], i: number,
  p: PreparedText, lex: CompiledLexicon, tallies: Tallies, only: ReadonlySet<ScoredLabel> | null,
): void {
  const sentence = sentenceAt(p, i);
  const rules = lex.pairRules;
  for (const { rule, side } of sides) {
    if (state.done[rule]) continue;
    const r = rules[rule]!;
    if (only && !only.has(r.label)) continue;
    if (side === 'a') {
      state.aSentence[rule] = sentence;
      state.aWord[rule] = wordAt(p, i);
    } else {
      if (r.negatable && negated(p, lex, i)) continue;
      state.bSentence[rule] = sentence;
      state.bWord[rule] = wordAt(p, i);
    }
    if (state.aSentence[rule] === sentence && state.bSentence[rule] === sentence) {
      state.done[rule] = true;
      tallies[r.label].score += r.weight;
      if (r.weight > 0) tallies[r.label].matched.push(`${state.aWord[rule]} … ${state.bWord[rule]}`);
    }
  }
}

/** Pair rules: both sides in one sentence add the rule's weight once per text. */
function matchPairs(
  p: PreparedText, lex: CompiledLexicon, hits: ReadonlyArray<{ sides: readonly PairSide[]; i: number }>,
  tallies: Tallies, only: ReadonlySet<ScoredLabel> | null,
): void {
  const n = lex.pairRules.length;
  const state: PairState = {
    aSentence: new Array<number>(n).fill(-1), bSentence: new Array<number>(n).fill(-1), aWord: [], bWord: [], done: new Array<boolean>(n).fill(false),
  };
  for (const { sides, i } of hits) visitPair(state, sides, i, p, lex, tallies, only);
}
