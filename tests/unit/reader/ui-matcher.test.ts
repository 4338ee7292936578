import { describe, expect, it } from 'vitest';
import { FACEBOOK_LOCALES, UI_STRINGS, matchesUi, startsWithUi, uiMatcher, uiMayContain, uiPrefixMatcher, type UiString } from '../../../lib/facebook/ui-strings';

const TEXTS = [
  '', '   ', 'Forfatter', ' forfatter ', 'FORFATTER', 'Forfatter\u00a0', '\u202fForfatter', 'Forfatterne', 'Author', 'author',
  'Festet innlegg', 'Festet\u00a0innlegg', 'festet  innlegg', 'Festet', 'Fest', 'Pinned post', 'Pinned', 'Pinnedx', 'Fäst inlägg',
  'Fastgjort opslag', 'Se mer', 'Se mere', 'See more', 'Vis mer', 'İstanbul', 'Ärende', 'Øya', '😀 Festet', '\n\tFestet innlegg',
  'a'.repeat(500), `Festet ${'x'.repeat(300)}`,
  // blanks of every kind before the first letter (matched by char code, not by /\S/)
  '\u3000Forfatter', '\ufeffFestet', '\u2028\u2003Svar fra Kari', '\u1680 svar', '\u200bForfatter', '\u00adFestet',
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

  it('uiMayContain never rules out a text that holds a run uiMatcher accepts, and does rule out others', () => {
    const entries = FACEBOOK_LOCALES.flatMap((l) => [UI_STRINGS[l].pinned, UI_STRINGS[l].authorBadge]);
    const match = uiMatcher(entries);
    const mayContain = uiMayContain(entries);
    const runs = [...TEXTS, ...entries.flatMap((e) => e.forms.flatMap((f) => [f, f.toUpperCase(), ` ${f}  `, f.replace(/ /g, '\u00a0 '), `${f} mer`]))];
    let accepted = 0;
    for (const run of runs) {
      if (!match(run)) continue;
      accepted++;
      // the run as one element's text among others in a post
      for (const post of [run, `Kari Nordmann${run}Svar · 2 t`, `Alt gikk bra.\n${run}\n12 kommentarer`]) expect(mayContain(post), JSON.stringify(post)).toBe(true);
    }
    expect(accepted).toBeGreaterThan(10);
    for (const post of ['', 'Vannet er stengt i Storgata i dag. Svar · Lik · 2 t', 'Se mer', 'Fest på torget i kveld!']) {
      expect(mayContain(post), JSON.stringify(post)).toBe(false);
    }
  });
});
