/**
 * Language of a post: each language scores the distinct function words and spellings typical of it
 * (weights in lexicon/<lang>.json → detect), plus characters such as «æ/ø» or «ä/ö». The best score
 * wins; below detect.json's minScore the language is «unknown».
 */
import { DETECT_SETTINGS, LANGS, LEXICONS, type Lang } from './compile-lexicon';
import type { PreparedText } from './text-features';

export interface LanguageGuess {
  lang: Lang | 'unknown';
  /** the best-scoring language even when too weak to call (the lexicon to analyse with) */
  best: Lang;
  scores: Record<Lang, number>;
}

const TIE_RANK = new Map(DETECT_SETTINGS.tieOrder.map((l, i) => [l, i]));

export function guessLanguage(p: PreparedText, raw: string): LanguageGuess {
  const scores: Record<Lang, number> = { nb: 0, nn: 0, da: 0, sv: 0, en: 0 };
  const seen = new Set<string>();
  for (const t of p.tokens) {
    if (t.hashtag || t.mention || seen.has(t.lower)) continue;
    seen.add(t.lower);
    for (const lang of LANGS) {
      const w = LEXICONS[lang].detectWords.get(t.lower);
      if (w !== undefined) scores[lang] += w;
    }
  }
  const lowerText = raw.toLowerCase();
  for (const lang of LANGS) {
    for (const [ch, w] of LEXICONS[lang].detectChars) if (lowerText.includes(ch)) scores[lang] += w;
  }
  let best: Lang = DETECT_SETTINGS.fallback;
  let bestScore = -Infinity;
  for (const lang of LANGS) {
    const s = scores[lang];
    if (s > bestScore || (s === bestScore && (TIE_RANK.get(lang) ?? 9) < (TIE_RANK.get(best) ?? 9))) {
      best = lang;
      bestScore = s;
    }
  }
  if (bestScore < DETECT_SETTINGS.minScore) return { lang: 'unknown', best: bestScore > 0 ? best : DETECT_SETTINGS.fallback, scores };
  return { lang: best, best, scores };
}
