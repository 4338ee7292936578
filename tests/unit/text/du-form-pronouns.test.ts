import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, LEXICONS } from '../../../lib/text/compile-lexicon';
import { detectDuForm, hasPronounIn } from '../../../lib/text/du-form';
import { dashQuotePattern, prepareText } from '../../../lib/text/text-features';

const DASH = dashQuotePattern(['sier', 'says']);

describe('hasPronounIn (a citizen question looks for pronouns in its question sentences only)', () => {
  it('finds a pronoun in a sentence exactly when detectDuForm lists one there, in every language', () => {
    const dir = join(import.meta.dirname, '../../corpus');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { items: Array<{ text: string }> }).items.map((i) => i.text));
    texts.push('I kan komme. I dag ikke. Kan I? Thank you to the crew, and you? «Du må» – De kan, sier hun. #du @Du');
    let found = 0;
    for (const text of texts) {
      const p = prepareText(text, DASH);
      for (const lang of LANGS) {
        const tokens = detectDuForm(p, LEXICONS[lang]).pronounTokens;
        p.sentences.forEach((s, si) => {
          const expected = tokens.some((t) => t >= s.firstToken && t < s.endToken);
          if (expected) found++;
          expect(hasPronounIn(p, LEXICONS[lang], s.firstToken, s.endToken), `${lang}: ${text}`).toBe(expected);
        });
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
