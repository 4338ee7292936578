import { describe, expect, it } from 'vitest';
import { analyzePageTexts } from '../../../lib/text';

const purpose = (text: string) => analyzePageTexts([text]).purpose;

describe('H8: purpose statements in the About/intro text, in every language', () => {
  it.each([
    ['nb', 'Fjordvik kommune bruker Facebook til å informere innbyggerne om tjenester, arrangementer og hendelser.'],
    ['nb', 'Her finner du nyheter og praktisk informasjon fra kommunen.'],
    ['nb', 'Denne siden er kommunens kanal for raske beskjeder til innbyggerne.'],
    ['nb', 'Vi bruker siden til å dele driftsmeldinger og gode historier.'],
    ['nn', 'Vi brukar sida til å fortelje om livet i bygda.'],
    ['nn', 'Her finn du praktisk informasjon frå kommunen.'],
    ['da', 'Vi bruger siden til at fortælle om livet i kommunen.'],
    ['da', 'Her på siden kan du følge med i, hvad der sker i kommunen.'],
    ['sv', 'Här informerar vi om det som händer i kommunen.'],
    ['sv', 'Vi använder sidan för att berätta om kommunens verksamhet.'],
    ['en', 'We use this page to share council news and service updates.'],
  ])('counts a purpose statement (%s): %s', (_lang, text) => {
    const r = purpose(text);
    expect(r.hit).toBe(true);
    expect(r.matched.length).toBeGreaterThan(0);
  });

  it('lists the statement\'s own words as evidence', () => {
    expect(purpose('Fjordvik kommune bruker Facebook til å informere innbyggerne om vegarbeid.').matched).toContain('bruker Facebook');
  });

  it('does not count an address, a place description or «here you find us» as a purpose', () => {
    expect(purpose('Rådhusgata 1, 7500 Fjordvik. Telefon 12 34 56 78.').hit).toBe(false);
    expect(purpose('Kommunen ligger ved fjorden og har 5000 innbyggere.').hit).toBe(false);
    expect(purpose('Her finner du oss: Rådhusgata 1, 7500 Fjordvik.').hit).toBe(false);
    expect(purpose('Here you will find us: 1 Town Hall Square.').hit).toBe(false);
  });

  it('still needs rules for a pass: a purpose alone is not rules', () => {
    const r = analyzePageTexts(['Vi bruker siden til å dele nyheter fra kommunen.']);
    expect(r.purpose.hit).toBe(true);
    expect(r.rules.hit).toBe(false);
  });
});
