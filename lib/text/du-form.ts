/**
 * H5: does the text address the reader? Second-person pronouns (per language) and imperatives at a
 * sentence start count; words inside quotations, hashtags and mentions do not. Whole words only, so
 * «dusj» or «durabel» never match «du». Formal capital «De/Dem/Deres» is in no list and never counts;
 * Danish capital «I» counts, and at a sentence start only before a verb («I kan …», not «I dag»).
 */
import type { CompiledLexicon, DuWord } from './compile-lexicon';
import { CASED, HASHTAG, MENTION, QUOTED, SENTENCE_START, lowerAt, wordAt, type PreparedText } from './text-features';

export interface DuFormResult {
  score: number;
  matched: string[];
  /** word indexes of the second-person pronouns (for the question features) */
  pronounTokens: number[];
}

/** Is word i part of one of the phrases where its pronoun does not address the reader? (words as vocabulary numbers) */
function inException(words: Int32Array, i: number, phrases: ReadonlyArray<{ words: number[]; at: number }> | null): boolean {
  if (!phrases) return false;
  for (const { words: phrase, at } of phrases) {
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      if (words[i - at + k] !== phrase[k]) { ok = false; break; }
    }
    if (ok) return true;
  }
  return false;
}

/** Is word i (bits `f`, vocabulary number `id`, du-form entry `w`) a second-person pronoun? */
function isPronoun(p: PreparedText, du: CompiledLexicon['du'], i: number, f: number, id: number, w: DuWord | undefined): boolean {
  // the case-sensitive lists: a word without capitals is its lower case
  if ((w?.pronoun === true && !inException(p.ids, i, w.exceptions))
    || w?.address === true
    || (du.lowercasePronouns.size > 0 && (f & CASED) === 0 && du.lowercaseIds[id] === 1)) return true;
  if (du.capitalPronouns.size > 0 && (du.capitalLowerIds === null || du.capitalLowerIds[id] === 1) && du.capitalPronouns.has(wordAt(p, i))) {
    return (f & SENTENCE_START) === 0 || (i + 1 < p.words && du.capitalNextIds[p.ids[i + 1]!] === 1);
  }
  return false;
}

/**
 * Is one of words [from, to) a pronoun that detectDuForm counts (one of its `pronounTokens`)? For
 * a question that needs no more than that: no score, no evidence, no imperatives.
 */
export function hasPronounIn(p: PreparedText, lex: CompiledLexicon, from: number, to: number): boolean {
  const du = lex.du;
  for (let i = from; i < to; i++) {
    const f = p.flags[i]!;
    if ((f & (QUOTED | HASHTAG | MENTION)) !== 0) continue;
    const id = p.ids[i]!;
    if (isPronoun(p, du, i, f, id, du.byId[id])) return true;
  }
  return false;
}

export function detectDuForm(p: PreparedText, lex: CompiledLexicon): DuFormResult {
  const du = lex.du;
  const ids = p.ids, flags = p.flags, byId = du.byId;
  const n = p.words;
  const matched: string[] = [];
  const pronounTokens: number[] = [];
  let score = 0;
  // the pronouns and imperatives counted so far: a few per text, so a list is cheaper than a set
  const seen: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    if ((f & (QUOTED | HASHTAG | MENTION)) !== 0) continue;
    const id = ids[i]!;
    const w = byId[id];
    if (isPronoun(p, du, i, f, id, w)) {
      pronounTokens.push(i);
      const lower = lowerAt(p, i);
      if (!seen.includes(lower)) {
        seen.push(lower);
        score += du.pronounWeight;
        matched.push(wordAt(p, i));
      }
      continue;
    }
    const follow = w?.imperativeIds;
    if (!follow) continue;
    // at a sentence start, or after a word an imperative may follow in the same sentence (word i starts none)
    if ((f & SENTENCE_START) !== 0 || (i > 0 && byId[ids[i - 1]!]?.imperativeAfter === true)) {
      for (let r = 0; r < follow.length; r++) {
        const rest = follow[r]!;
        let ok = true;
        for (let k = 0; k < rest.length; k++) {
          if (ids[i + 1 + k] !== rest[k]) { ok = false; break; }
        }
        if (ok) {
          const surface = [wordAt(p, i), ...w!.imperatives![r]!].join(' ');
          if (!seen.includes(surface)) {
            seen.push(surface);
            score += du.imperativeWeight;
            matched.push(surface);
          }
          break;
        }
      }
    }
  }
  return { score, matched, pronounTokens };
}
