import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, LEXICONS } from '../../../lib/text/compile-lexicon';

/** the matches of a scan as (start, text, the terms of the matched part) */
function scan(re: RegExp, refs: ReadonlyArray<ReadonlyArray<{ term: string }>>, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m.findIndex((x, k) => k > 0 && x !== undefined);
    out.push(`${m.index}:${m[0]}:${refs[g - 1]!.map((r) => r.term).join(',')}`);
  }
  return out;
}

describe('word parts: the scan grouped by first letter', () => {
  it('finds what the flat list of parts, longest first, finds', () => {
    const dir = join(import.meta.dirname, '../../corpus');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { items: Array<{ text: string }> }).items.map((i) => i.text));
    let matches = 0;
    for (const lang of LANGS) {
      const lex = LEXICONS[lang];
      if (!lex.infixRe) continue;
      expect(lex.infixRe.source).toMatch(/^\p{L}\(\?:/u);
      // the parts and their terms, longest first, as one flat alternation
      const parts = lex.infixRefs.map((refs) => refs[0]!.term.slice(1, -1).toLowerCase());
      const order = parts.map((_, i) => i).sort((a, b) => parts[b]!.length - parts[a]!.length);
      const flat = new RegExp(order.map((i) => `(${parts[i]})`).join('|'), 'giu');
      const flatRefs = order.map((i) => lex.infixRefs[i]!);
      for (const text of [...texts, parts.join(''), parts.map((p) => p.toUpperCase()).join(' x')]) {
        const got = scan(lex.infixRe, lex.infixRefs, text);
        matches += got.length;
        expect(got, `${lang}: ${text}`).toEqual(scan(flat, flatRefs, text));
      }
    }
    expect(matches).toBeGreaterThan(50);
  });
});
