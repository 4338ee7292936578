import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, LEXICONS, narrowLexicon, type ScoredLabel } from '../../../lib/text/compile-lexicon';
import { emptyTallies, matchTerms } from '../../../lib/text/match-terms';
import { dashQuotePattern, prepareText } from '../../../lib/text/text-features';

describe('narrowLexicon', () => {
  it('counts for its labels what the whole lexicon counts for them', () => {
    const dir = join(import.meta.dirname, '../../corpus');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { items: Array<{ text: string }> }).items.map((i) => i.text));
    texts.push('Ingen vannbrudd i dag, men brua stenges. Landets eldste kirke fyller 800 år! Svar innen fredag kl. 12–15, jf. retningslinjene.');
    const dash = dashQuotePattern(['sier']);
    const sets: Array<ReadonlySet<ScoredLabel>> = [
      new Set(['informal', 'pride', 'praise', 'operational', 'dialogue']), new Set(['citizenQuestion']),
      new Set(['purpose', 'rules', 'answeringTimes']), new Set(['operational']), new Set(['pride', 'citizenQuestion']),
    ];
    let scored = 0;
    for (const lang of LANGS) {
      for (const labels of sets) {
        const narrow = narrowLexicon(LEXICONS[lang], labels);
        // it is smaller: the other labels' words are gone
        expect(narrow.wordsById.filter(Boolean).length).toBeLessThan(LEXICONS[lang].wordsById.filter(Boolean).length);
        for (const text of texts) {
          const p = prepareText(text, dash);
          const whole = emptyTallies(), part = emptyTallies();
          matchTerms(p, LEXICONS[lang], whole, labels);
          matchTerms(p, narrow, part, labels);
          expect(part, `${lang} ${[...labels]}: ${text}`).toEqual(whole);
          scored += Object.values(part).filter((t) => t.score !== 0).length;
        }
      }
    }
    expect(scored).toBeGreaterThan(1000);
  });
});
