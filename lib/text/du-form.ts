/**
 * H5: does the text address the reader? Second-person pronouns (per language) and imperatives at a
 * sentence start count; words inside quotations, hashtags and mentions do not. Whole words only, so
 * «dusj» or «durabel» never match «du». Formal capital «De/Dem/Deres» is in no list and never counts;
 * Danish capital «I» counts, and at a sentence start only before a verb («I kan …», not «I dag»).
 */
import type { CompiledLexicon } from './compile-lexicon';
import { CASED, HASHTAG, MENTION, QUOTED, SENTENCE_START, wordAt, type PreparedText } from './text-features';
import { lookupWord } from './word-table';

export interface DuFormResult {
  score: number;
  matched: string[];
  /** word indexes of the second-person pronouns (for the question features) */
  pronounTokens: number[];
}

/** Is word i part of one of the phrases where its pronoun does not address the reader? */
function inException(words: readonly string[], i: number, phrases: ReadonlyArray<{ words: string[]; at: number }> | undefined): boolean {
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

export function detectDuForm(p: PreparedText, lex: CompiledLexicon): DuFormResult {
  const du = lex.du;
  const words = p.lower, flags = p.flags, sentenceOf = p.sentenceOf, slots = p.slots;
  const matched: string[] = [];
  const pronounTokens: number[] = [];
  let score = 0;
  // the pronouns and imperatives counted so far: a few per text, so a list is cheaper than a set
  const seen: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const f = flags[i]!;
    if ((f & (QUOTED | HASHTAG | MENTION)) !== 0) continue;
    const lower = words[i]!;
    const w = lookupWord(du.wordTable, lower, slots[i]!);
    // the case-sensitive lists: a word without capitals is its lower case
    let pronoun = (w?.pronoun === true && !inException(words, i, du.pronounExceptions.get(lower)))
      || w?.address === true
      || (du.lowercasePronouns.size > 0 && (f & CASED) === 0 && lookupWord(du.lowercaseTable, lower, slots[i]!) === true);
    if (!pronoun && du.capitalPronouns.size > 0 && (du.capitalLowerTable === null || lookupWord(du.capitalLowerTable, lower, slots[i]!) === true)
      && du.capitalPronouns.has(wordAt(p, i))) {
      pronoun = (f & SENTENCE_START) === 0 || du.capitalNext.has(words[i + 1] ?? '');
    }
    if (pronoun) {
      pronounTokens.push(i);
      if (!seen.includes(lower)) {
        seen.push(lower);
        score += du.pronounWeight;
        matched.push(wordAt(p, i));
      }
      continue;
    }
    const follow = w?.imperatives;
    if (!follow) continue;
    if ((f & SENTENCE_START) !== 0 || (i > 0 && sentenceOf[i - 1] === sentenceOf[i] && lookupWord(du.wordTable, words[i - 1]!, slots[i - 1]!)?.imperativeAfter === true)) {
      for (const rest of follow) {
        let ok = true;
        for (let k = 0; k < rest.length; k++) {
          if (words[i + 1 + k] !== rest[k]) { ok = false; break; }
        }
        if (ok) {
          const surface = [wordAt(p, i), ...rest].join(' ');
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
