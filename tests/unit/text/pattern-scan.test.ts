import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, LEXICONS } from '../../../lib/text/compile-lexicon';
import { dashQuotePattern, lowerAt, prepareText } from '../../../lib/text/text-features';
import { addPatternStarts, compilePatternScan, scanPatterns } from '../../../lib/text/pattern-scan';
import { emptyTallies, matchTerms } from '../../../lib/text/match-terms';
import type { CompiledLexicon } from '../../../lib/text/compile-lexicon';
import type { PreparedText } from '../../../lib/text/text-features';

/** the shortcut as matchTerms runs it: starts from every word, then the anchored scan */
function shortcut(p: PreparedText, lex: CompiledLexicon): string[] {
  const starts: number[] = [], alts: number[] = [];
  for (let i = 0; i < p.words; i++) addPatternStarts(lex.patternScan!, p, i, lex.byWord.get(lowerAt(p, i))?.patternAlts ?? 0, starts, alts);
  const got: string[] = [];
  scanPatterns(p, lex.patternScan!, starts, alts, (i, s, g) => got.push(`${i}:${s}:${g}`));
  return got;
}

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
        expect(p.longS).toBe(false);
        expect(shortcut(p, lex), `${lang}: ${text}`).toEqual(globalScan(p.text, lex.patternRe!));
      }
    }
  });

  it('skips only tries that fail: the same matches over the corpus and generated near-misses, in every lexicon', () => {
    const corpus: string[] = readdirSync('tests/corpus')
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(readFileSync(`tests/corpus/${f}`, 'utf8')).items.map((i: { text: string }) => i.text));
    // the patterns' own words and numbers of every length, strung together with all kinds of white space, in any case
    let seed = 7;
    const pick = <T,>(list: readonly T[]): T => list[(seed = (seed * 48271) % 2147483647) % list.length]!;
    const generated = LANGS.flatMap((lang) => {
      const words = [...new Set(LEXICONS[lang].patternScan!.sources.join(' ').match(/\p{L}+/gu))];
      const tokens = [...words, '1', '12', '123', '1234', '12345', '1850', 'kl.', '18.00', '–', '§', 'xyz'];
      const gaps = [' ', ' ', ' ', '  ', '\u00a0', '\u2009', '\n', '. ', ', ', '-', ''];
      const cases = [(w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w[0]!.toUpperCase() + w.slice(1)];
      return Array.from({ length: 400 }, () => Array.from({ length: 3 + (seed % 10) }, () => pick(cases)(pick(tokens)) + pick(gaps)).join(''));
    });
    const texts = [...TEXTS, ...corpus, ...corpus.map((t) => t.toUpperCase()), ...corpus.map((t) => t.replace(/ /g, '\u00a0')), ...generated];
    let matches = 0;
    for (const lang of LANGS) {
      const lex = LEXICONS[lang];
      for (const text of texts) {
        const p = prepareText(text, DASH);
        if (p.longS) continue;
        const want = globalScan(p.text, lex.patternRe!);
        expect(shortcut(p, lex), `${lang}: ${text}`).toEqual(want);
        matches += want.length;
      }
    }
    expect(corpus.length).toBeGreaterThan(400);
    expect(matches).toBeGreaterThan(3000);
  });

  it('does not try a pattern whose next word cannot follow, nor an ending with fewer than two letters before it', () => {
    const tries = (text: string) => {
      const p = prepareText(text, DASH), starts: number[] = [], alts: number[] = [];
      for (let i = 0; i < p.words; i++) addPatternStarts(LEXICONS.nb.patternScan!, p, i, LEXICONS.nb.byWord.get(lowerAt(p, i))?.patternAlts ?? 0, starts, alts);
      return starts.map((at) => p.text.slice(at, p.text.indexOf(' ', at)));
    };
    expect(tries('Vi er i butikken for moro, det sendes')).toEqual([]);
    expect(tries('I dag er det 1850 år siden')).toEqual(['I', '1850']);
  });

  it('leaves a text with «ſ» (folds to s, stays ſ in lower case) to the whole scan', () => {
    const p = prepareText('Saken vurdereſ', DASH);
    expect(p.longS).toBe(true);
    expect(shortcut(p, LEXICONS.nb)).toEqual([]);
    expect(globalScan(p.text, LEXICONS.nb.patternRe!)).toEqual(['6:vurdereſ:5']);
    // the full scan counts it as it counts «vurderes»
    const t = emptyTallies();
    matchTerms(p, LEXICONS.nb, t);
    const plain = emptyTallies();
    matchTerms(prepareText('Saken vurderes', DASH), LEXICONS.nb, plain);
    expect(Object.values(t).map((x) => x.score)).toEqual(Object.values(plain).map((x) => x.score));
    expect(Object.values(plain).some((x) => x.score !== 0)).toBe(true);
  });

  it('tries at a word only the alternatives that can start there, and all of them when there are too many to tell apart', () => {
    const nb = LEXICONS.nb.patternScan!;
    const alternatives = (mask: number) => nb.sources.filter((_, g) => (mask & (1 << g)) !== 0);
    expect(alternatives(nb.exactAlts.get('i')!).every((src) => /^\(?(?:\?:)?i\b|^\(\?:i\|/.test(src))).toBe(true);
    expect(alternatives(nb.digitAlts).length).toBeGreaterThan(0);
    expect(alternatives(nb.digitAlts).length).toBeLessThan(nb.sources.length);
    // 31 alternatives: no masks, the combined pattern everywhere, the same matches
    const sources = Array.from({ length: 31 }, (_, g) => `w${String.fromCharCode(97 + (g % 26))}${g}`);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.map((s) => `(${s})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const scan = compilePatternScan(sources, re)!;
    expect(scan.all).toBe(-1);
    const p = prepareText('wa0 og wf5, WE30 men ikke wa1', DASH);
    const starts: number[] = [], alts: number[] = [];
    for (let i = 0; i < p.words; i++) addPatternStarts(scan, p, i, 0, starts, alts);
    const got: string[] = [];
    scanPatterns(p, scan, starts, alts, (i, s, g) => got.push(`${i}:${s}:${g}`));
    expect(got).toEqual(globalScan(p.text, re));
    expect(got).toEqual(['0:wa0:0', '7:wf5:5', '12:WE30:30']);
  });

  it('gives up on a pattern whose start it does not understand', () => {
    expect(compilePatternScan(['\\s+x'], /(?:(\s+x))/giu)).toBeNull();
    expect(compilePatternScan(['a?b'], /(?:(a?b))/giu)).toBeNull();
    expect(compilePatternScan(['(?:kl\\.?\\s*)?\\d'], /(?:((?:kl\.?\s*)?\d))/giu)?.digit).toBe(true);
  });
});
