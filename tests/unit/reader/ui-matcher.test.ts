import { describe, expect, it } from 'vitest';
import { FACEBOOK_LOCALES, UI_STRINGS, matchesUi, startsWithUi, uiMatcher, uiPrefixMatcher, type UiString } from '../../../lib/facebook/ui-strings';

const TEXTS = [
  '', '   ', 'Forfatter', ' forfatter ', 'FORFATTER', 'Forfatter\u00a0', '\u202fForfatter', 'Forfatterne', 'Author', 'author',
  'Festet innlegg', 'Festet\u00a0innlegg', 'festet  innlegg', 'Festet', 'Fest', 'Pinned post', 'Pinned', 'Pinnedx', 'Fäst inlägg',
  'Fastgjort opslag', 'Se mer', 'Se mere', 'See more', 'Vis mer', 'İstanbul', 'Ärende', 'Øya', '😀 Festet', '\n\tFestet innlegg',
  'a'.repeat(500), `Festet ${'x'.repeat(300)}`,
];

describe('uiMatcher', () => {
  it('answers exactly as matchesUi over every locale, for every entry it compiles', () => {
    const keys = ['authorBadge', 'pinned', 'seeMore', 'intro', 'openNow', 'sendMessage'] as const;
    let matched = 0;
    for (const key of keys) {
      const entries = FACEBOOK_LOCALES.map((l) => UI_STRINGS[l][key] as UiString);
      const match = uiMatcher(entries);
      const texts = [...TEXTS, ...entries.flatMap((e) => e.forms.flatMap((f) => [f, f.toUpperCase(), ` ${f}  `, `${f} mer`]))];
      for (const text of texts) {
        const expected = entries.some((e) => matchesUi(e, text));
        if (expected) matched++;
        expect(match(text), `${key}: ${JSON.stringify(text)}`).toBe(expected);
      }
    }
    // the comparison is only worth something if both answers occur
    expect(matched).toBeGreaterThan(20);
  });

  it('uiPrefixMatcher answers as startsWithUi over every locale', () => {
    for (const key of ['replyBy', 'commentBy'] as const) {
      const entries = FACEBOOK_LOCALES.map((l) => UI_STRINGS[l][key] as UiString);
      const match = uiPrefixMatcher(entries);
      let hits = 0;
      const texts = [...TEXTS, ...entries.flatMap((e) => e.forms.flatMap((f) => [f, `${f} Kari Nordmann`, ` ${f.toUpperCase()}\u00a0x`, f.slice(1)]))];
      for (const text of texts) {
        const expected = entries.some((e) => startsWithUi(e, text) !== null);
        if (expected) hits++;
        expect(match(text), `${key}: ${JSON.stringify(text)}`).toBe(expected);
      }
      expect(hits).toBeGreaterThan(5);
    }
  });
});
