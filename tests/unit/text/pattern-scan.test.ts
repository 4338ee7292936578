import { describe, expect, it } from 'vitest';
import { LANGS, LEXICONS } from '../../../lib/text/compile-lexicon';
import { dashQuotePattern, prepareText } from '../../../lib/text/text-features';
import { compilePatternScan, scanPatterns } from '../../../lib/text/pattern-scan';

const DASH = dashQuotePattern(['sier']);

/** what the unanchored scan of the whole text finds: start, text, alternative */
function globalScan(text: string, re: RegExp): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) { out.push(`${m.index}:${m[0]}:${g - 1}`); break; }
  }
  return out;
}

const TEXTS = [
  'Saken vurderes, jf. pbl. § 12-3. Møtet avholdes kl. 18.00–20.00 i rådhuset.',
  'VURDERES! Åpnes kl08–16 og 1850 år siden; ingen annen kommune i landet 😍⛰',
  "Det er over 2000 besøkende, en av de fineste dagene. it's x'vurderes vurderes'x ab’sendes",
  'Vakre Fjordvik i dag: i dag er det 100 år siden. Vi har fått kulturprisen for tredje gang.',
  'One of the best: won the award, turns 100, 150 years ago, A12 and m4, 9am–5pm.',
  'Väg 123 stängs, för 100 år sedan, över 300 besökare. kallast, fejrer 25 år',
  '2vurderes vurderes2 ss§§ 12:30-13 KL. 9 –10',
];

describe('pattern scan at word starts', () => {
  it('finds what the scan of the whole text finds, in every lexicon', () => {
    for (const lang of LANGS) {
      const lex = LEXICONS[lang];
      expect(lex.patternScan).not.toBeNull();
      for (const text of TEXTS) {
        const p = prepareText(text, DASH);
        const got: string[] = [];
        expect(scanPatterns(p, lex.patternScan!, (i, s, g) => got.push(`${i}:${s}:${g}`))).toBe(true);
        expect(got, `${lang}: ${text}`).toEqual(globalScan(p.text, lex.patternRe!));
      }
    }
  });

  it('leaves a text with «ſ» (folds to s, stays ſ in lower case) to the whole scan', () => {
    const p = prepareText('vurdereſ', DASH);
    expect(scanPatterns(p, LEXICONS.nb.patternScan!, () => {})).toBe(false);
  });

  it('gives up on a pattern whose start it does not understand', () => {
    expect(compilePatternScan(['\\s+x'], /(?:(\s+x))/giu)).toBeNull();
    expect(compilePatternScan(['a?b'], /(?:(a?b))/giu)).toBeNull();
    expect(compilePatternScan(['(?:kl\\.?\\s*)?\\d'], /(?:((?:kl\.?\s*)?\d))/giu)?.digit).toBe(true);
  });
});
