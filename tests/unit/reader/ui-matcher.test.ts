import { describe, expect, it } from 'vitest';
import { FACEBOOK_LOCALES, UI_STRINGS, matchesUi, uiMatcher, type UiString } from '../../../lib/facebook/ui-strings';

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
});
