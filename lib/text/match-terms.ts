/**
 * Finds a lexicon's terms in a prepared text and sums their weights per label. A term counts once
 * per text; a negatable term right after a negation word («ingen vannbrudd») does not count.
 */
import type { CompiledLexicon, PairSide, ScoredLabel, TermRef } from './compile-lexicon';
import type { PreparedText } from './text-features';

export interface LabelTally {
  score: number;
  matched: string[];
}

export type Tallies = Record<ScoredLabel, LabelTally>;

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
  const sentence = p.tokens[tokenIndex]?.sentence;
  let negation = false;
  for (let j = tokenIndex - 1; j >= 0 && j >= tokenIndex - lex.negationWindow; j--) {
    const t = p.tokens[j]!;
    if (t.sentence !== sentence) break;
    if (lex.negationBreakers.has(t.lower)) return false;
    if (lex.negations.has(t.lower)) negation = true;
  }
  return negation;
}

/** index of the first token starting at or after `offset` */
function tokenAt(p: PreparedText, offset: number): number {
  let lo = 0, hi = p.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.tokens[mid]!.start < offset) lo = mid + 1;
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
  const tokens = p.tokens;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const lower = t.lower;
    const w = lex.words.get(lower);
    if (w) add(tallies, seen, w, t.raw, p, lex, i, only);
    if (lower.length >= 3) {
      const list = lex.stems.get(t.head);
      if (list) for (const e of list) if (lower.startsWith(e.stem)) add(tallies, seen, e.refs, t.raw, p, lex, i, only);
      const ends = lex.suffixes.get(t.tail);
      if (ends) for (const e of ends) if (lower.length > e.suffix.length + 1 && lower.endsWith(e.suffix)) add(tallies, seen, e.refs, t.raw, p, lex, i, only);
    }
    const phrases = lex.phrases.get(lower);
    if (phrases) {
      for (const ph of phrases) {
        const k = ph.rest.length;
        if (i + k >= n) continue;
        let ok = true;
        for (let j = 0; j < k; j++) {
          const next = tokens[i + 1 + j]!.lower;
          const want = ph.rest[j]!;
          if (j === k - 1 && ph.lastIsStem ? !next.startsWith(want) : next !== want) { ok = false; break; }
        }
        if (ok) add(tallies, seen, ph.refs, p.text.slice(t.start, tokens[i + k]!.end), p, lex, i, only);
      }
    }
  }
  // a scan that cannot add to the wanted labels is skipped (H2 wants none of them)
  if (lex.pairRules.length && wants(only, lex.pairLabels)) matchPairs(p, lex, tallies, only);
  if (lex.infixRe && wants(only, lex.infixLabels)) matchInfixes(p, lex, lex.infixRe, tallies, seen, only);
  const re = lex.patternRe;
  if (!re || !wants(only, lex.patternLabels)) return;
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
    const t = p.tokens[i];
    if (!t || t.end < m.index + m[0].length) continue;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        add(tallies, seen, lex.infixRefs[g - 1]!, t.raw, p, lex, i, only);
        break;
      }
    }
  }
}

/** Pair rules: both sides in one sentence add the rule's weight once per text. */
function matchPairs(p: PreparedText, lex: CompiledLexicon, tallies: Tallies, only: ReadonlySet<ScoredLabel> | null): void {
  const rules = lex.pairRules;
  // per rule: the sentence where side a / side b was last seen, and the words seen
  const aSentence = new Int32Array(rules.length).fill(-1);
  const bSentence = new Int32Array(rules.length).fill(-1);
  const aWord: string[] = [];
  const bWord: string[] = [];
  const done = new Uint8Array(rules.length);
  const visit = (sides: readonly PairSide[], i: number) => {
    const t = p.tokens[i]!;
    for (const { rule, side } of sides) {
      if (done[rule]) continue;
      const r = rules[rule]!;
      if (only && !only.has(r.label)) continue;
      if (side === 'a') {
        aSentence[rule] = t.sentence;
        aWord[rule] = t.raw;
      } else {
        if (r.negatable && negated(p, lex, i)) continue;
        bSentence[rule] = t.sentence;
        bWord[rule] = t.raw;
      }
      if (aSentence[rule] === t.sentence && bSentence[rule] === t.sentence) {
        done[rule] = 1;
        tallies[r.label].score += r.weight;
        if (r.weight > 0) tallies[r.label].matched.push(`${aWord[rule]} … ${bWord[rule]}`);
      }
    }
  };
  for (let i = 0; i < p.tokens.length; i++) {
    const t = p.tokens[i]!;
    const lower = t.lower;
    const w = lex.pairWords.get(lower);
    if (w) visit(w, i);
    if (lower.length >= 3) {
      const list = lex.pairStems.get(t.head);
      if (list) for (const e of list) if (lower.startsWith(e.stem)) visit(e.sides, i);
    }
  }
}
