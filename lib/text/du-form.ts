/**
 * H5: does the text address the reader? Second-person pronouns (per language) and imperatives at a
 * sentence start count; words inside quotations, hashtags and mentions do not. Whole words only, so
 * «dusj» or «durabel» never match «du». Formal capital «De/Dem/Deres» is in no list and never counts;
 * Danish capital «I» counts, and at a sentence start only before a verb («I kan …», not «I dag»).
 */
import type { CompiledLexicon } from './compile-lexicon';
import type { PreparedText, Token } from './text-features';

export interface DuFormResult {
  score: number;
  matched: string[];
  /** token indexes of the second-person pronouns (for the question features) */
  pronounTokens: number[];
}

/** Is token i part of one of the phrases where its pronoun does not address the reader? */
function inException(tokens: readonly Token[], i: number, phrases: ReadonlyArray<{ words: string[]; at: number }> | undefined): boolean {
  if (!phrases) return false;
  for (const { words, at } of phrases) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[i - at + k]?.lower !== words[k]) { ok = false; break; }
    }
    if (ok) return true;
  }
  return false;
}

export function detectDuForm(p: PreparedText, lex: CompiledLexicon): DuFormResult {
  const du = lex.du;
  const tokens = p.tokens;
  const matched: string[] = [];
  const pronounTokens: number[] = [];
  let score = 0;
  // the pronouns and imperatives counted so far: a few per text, so a list is cheaper than a set
  const seen: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || t.hashtag || t.mention) continue;
    const w = du.byWord.get(t.lower);
    let pronoun = (w?.pronoun === true && !inException(tokens, i, du.pronounExceptions.get(t.lower)))
      || w?.address === true
      || (du.lowercasePronouns.size > 0 && du.lowercasePronouns.has(t.raw) && t.raw === t.lower);
    if (!pronoun && du.capitalPronouns.size > 0 && du.capitalPronouns.has(t.raw)) {
      pronoun = !t.sentenceStart || du.capitalNext.has(tokens[i + 1]?.lower ?? '');
    }
    if (pronoun) {
      pronounTokens.push(i);
      if (!seen.includes(t.lower)) {
        seen.push(t.lower);
        score += du.pronounWeight;
        matched.push(t.raw);
      }
      continue;
    }
    const follow = w?.imperatives;
    if (!follow) continue;
    const prev = tokens[i - 1];
    if (t.sentenceStart || (prev && prev.sentence === t.sentence && du.byWord.get(prev.lower)?.imperativeAfter === true)) {
      for (const rest of follow) {
        let ok = true;
        for (let k = 0; k < rest.length; k++) {
          if (tokens[i + 1 + k]?.lower !== rest[k]) { ok = false; break; }
        }
        if (ok) {
          const surface = [t.raw, ...rest].join(' ');
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
