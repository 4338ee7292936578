import { describe, expect, it } from 'vitest';
import { LANGS, LEXICONS, type Lang } from '../../../lib/text/compile-lexicon';
import nb from '../../../lib/text/lexicon/nb.json';
import nn from '../../../lib/text/lexicon/nn.json';
import da from '../../../lib/text/lexicon/da.json';
import sv from '../../../lib/text/lexicon/sv.json';
import en from '../../../lib/text/lexicon/en.json';

const RAW: Record<Lang, { negation: { words: string[] }; duForm: { pronouns: string[] } }> = { nb, nn, da, sv, en };
import { idInSlot, idSet, idTable, knownWordId, slotOf, wordId, wordOfId } from '../../../lib/text/vocabulary';

describe('vocabulary', () => {
  it('numbers a word once, and finds it in place in a longer text', () => {
    const id = wordId('vocabulary-test-ord');
    expect(id).toBeGreaterThan(0);
    expect(wordId('vocabulary-test-ord')).toBe(id);
    expect(knownWordId('vocabulary-test-ord')).toBe(id);
    expect(wordOfId(id)).toBe('vocabulary-test-ord');
    const text = 'et vocabulary-test-ord her';
    expect(idInSlot(text, 3, 22, slotOf(text, 3, 22))).toBe(id);
    // a part of it, or it with more after it, is another word
    expect(idInSlot(text, 3, 21, slotOf(text, 3, 21))).toBe(0);
    expect(knownWordId('vocabulary-test-ordet')).toBe(0);
    expect(knownWordId('')).toBe(0);
  });

  it('tells apart words that share a slot (same first two letters, last letter and length)', () => {
    const a = wordId('qzaaaq'), b = wordId('qzbbbq');
    expect(slotOf('qzaaaq', 0, 6)).toBe(slotOf('qzbbbq', 0, 6));
    expect(a).not.toBe(b);
    expect(knownWordId('qzaaaq')).toBe(a);
    expect(knownWordId('qzbbbq')).toBe(b);
    expect(knownWordId('qzcccq')).toBe(0);
  });

  it('builds tables and sets by number; a word listed twice is an error', () => {
    const table = idTable([['vt-en', 1], ['vt-to', 2]]);
    expect(table[knownWordId('vt-en')]).toBe(1);
    expect(table[knownWordId('vt-to')]).toBe(2);
    expect(table[0]).toBeUndefined();
    expect(() => idTable([['vt-en', 1], ['vt-en', 2]])).toThrow(/vt-en/);
    const set = idSet(['vt-tre']);
    expect(set[knownWordId('vt-tre')]).toBe(1);
    expect(set[knownWordId('vt-en')]).toBe(0);
  });

  it('gives every lexicon word the entry the word map has', () => {
    for (const lang of LANGS) {
      const lex = LEXICONS[lang];
      for (const [word, entry] of lex.byWord) expect(lex.wordsById[knownWordId(word)], `${lang} ${word}`).toBe(entry);
      expect(lex.wordsById[0]).toBeUndefined();
      for (const w of RAW[lang].negation.words) expect(lex.negationIds[knownWordId(w.toLowerCase())], `${lang} ${w}`).toBe(1);
      for (const w of RAW[lang].duForm.pronouns) expect(lex.du.byId[knownWordId(w.toLowerCase())]?.pronoun, `${lang} ${w}`).toBe(true);
    }
  });
});
