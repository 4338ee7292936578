import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../lib/text/compile-lexicon';
import { knownWordId } from '../../../lib/text/vocabulary';
import { QUOTED, SLOT_MASK, dashQuotePattern, emojiOf, prepareText, tailKey, wordAt } from '../../../lib/text/text-features';

/** The definition of a word that the scanner in text-features.ts implements without a regex. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const DASH_QUOTE = dashQuotePattern(['sier']);

function words(text: string): Array<[number, string]> {
  const p = prepareText(text, DASH_QUOTE);
  return Array.from({ length: p.words }, (_, i) => [p.starts[i]!, wordAt(p, i)]);
}
function expected(text: string): Array<[number, string]> {
  return [...text.matchAll(WORD_RE)].map((m) => [m.index, m[0]]);
}

describe('prepareText: words', () => {
  it.each([
    'Vi åpner Bodø-hallen kl. 08.30 i dag!',
    "It's the kids' day – don't miss it’s last hour",
    "l'été d’or ' ’ x' 9'a 9'9 a''b",
    'Ⅻ ½ ²3 ٣٤ 中文 ǅemal İstanbul ẞ Σίσυφος',
    'e\u0301 a\u0301b 𝐀𝐁𝐂 😀x 🎉 #fjordvik @Kari',
    'lone \uD800 surrogate \uDC00 here a\uD800b',
    '',
  ])('splits %j as the word pattern does', (text) => {
    expect(words(text)).toEqual(expected(text));
  });

  it('agrees with the word pattern on generated mixtures of letters, digits, marks and symbols', () => {
    const alphabet = ['a', 'Z', 'æ', 'Ø', "'", '’', ' ', '-', '9', '½', '²', '٣', '𝐀', '😀', '\uD800', '\uDC00', 'é', 'ß', 'Σ', '.', 'ʼ', '\u0301', '中', 'Ⅻ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = 0, len = 1 + Math.floor(next() * 10); i < len; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(words(text), JSON.stringify(text)).toEqual(expected(text));
    }
  });

  it('splits texts of more words than the shared word arrays hold, the shortest words packed tightest', () => {
    for (const text of ['a '.repeat(3000), "it's9".repeat(1000), 'x'.repeat(5000)]) expect(words(text)).toEqual(expected(text));
  });

  it('reads vocabulary number 0 past the words, whatever longer text was prepared before', () => {
    expect(LEXICONS.nb.du.byId[knownWordId('du')]?.pronoun).toBe(true); // the lexicons number their words when compiled
    prepareText('du kan du kan du kan du kan', DASH_QUOTE);
    const p = prepareText('du', DASH_QUOTE);
    expect(p.words).toBe(1);
    expect(p.ids[0]).toBeGreaterThan(0);
    expect([...p.ids.subarray(1, 10)]).toEqual(new Array(9).fill(0));
  });
});

describe('prepareText: quotations', () => {
  const quoted = (text: string) => {
    const p = prepareText(text, DASH_QUOTE);
    return Array.from({ length: p.words }, (_, i) => i).filter((i) => (p.flags[i]! & QUOTED) !== 0).map((i) => wordAt(p, i));
  };
  it('marks the words inside «…», “…”, „…“ and "…", and a dash quotation up to its attribution', () => {
    expect(quoted('Hun sa «du må komme» i går')).toEqual(['du', 'må', 'komme']);
    expect(quoted('“Ta kontakt” og „vi svarer“ eller "ring oss"')).toEqual(['Ta', 'kontakt', 'vi', 'svarer', 'ring', 'oss']);
    expect(quoted('Møte i dag.\n– Dere gjør en viktig jobb, sier ordføreren.')).toEqual(['Dere', 'gjør', 'en', 'viktig', 'jobb']);
    expect(quoted('Åpent 11–19 og Bodø-hallen stengt - ingen sitat')).toEqual([]);
    expect(quoted('Ingen anførselstegn her')).toEqual([]);
    expect(quoted('–\u00a0Vi kommer, sier hun.')).toEqual(['Vi', 'kommer']);
    expect(quoted('Kl. 10-12.\n—\tDet går fint, sier ordføreren')).toEqual(['Det', 'går', 'fint']);
  });
});

describe('emojiOf', () => {
  const REGEX = /\p{Extended_Pictographic}/gu;
  it('finds what /\\p{Extended_Pictographic}/gu finds, in a text with symbols', () => {
    const alphabet = ['a', ' ', '©', '®', '‼', '⁉', '™', 'ℹ', '↔', '→', '😀', '👍🏽', '🏔', '⛰', '❤️', '𝐀', '\uD83D', '\uDE00', '\uDBFF', 'æ', '–', '中', '☀'];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      let text = '→';
      for (let i = 0, len = Math.floor(next() * 10); i < len; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const p = prepareText(text, DASH_QUOTE);
      expect(emojiOf(p), JSON.stringify(text)).toEqual(text.match(REGEX) ?? []);
    }
    // emoji are looked for only in a text with a character from U+2190 on: © alone is not
    expect(emojiOf(prepareText('© 2024', DASH_QUOTE))).toEqual([]);
  });
});

describe('tailKey', () => {
  it('tells endings apart by both letters in its filter slot (the low bits), not by the last letter alone', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzæøåäöéü';
    const slots = new Set<number>();
    for (const a of letters) for (const b of letters) slots.add(tailKey(`x${a}${b}`) & SLOT_MASK);
    expect(slots.size).toBeGreaterThan(0.95 * letters.length * letters.length);
    for (const [x, y] of [['xer', 'xar'], ['xen', 'xan'], ['xes', 'xas'], ['xne', 'xte']]) expect(tailKey(x!) & SLOT_MASK).not.toBe(tailKey(y!) & SLOT_MASK);
    // the key is the two last units: words ending alike share it
    expect(tailKey('ner')).toBe(tailKey('ver'));
    expect(tailKey('xer')).not.toBe(tailKey('xar'));
  });
});
