import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../lib/text/detect-language';
import { dashQuotePattern, prepareText } from '../../../lib/text/text-features';

const DASH = dashQuotePattern(['sier']);

describe('language guess: characters', () => {
  it('reads æ/ø/å/ä/ö from the character pass as it would from the text', () => {
    const p = prepareText('Æ ø Å ä Ö é ÿ À', DASH);
    for (const c of 'ÆøÅäÖéÿÀ') {
      const code = c.charCodeAt(0);
      const bit = code < 0xe0 ? p.latinLow & (1 << (code - 0xc0)) : p.latinHigh & (1 << (code - 0xe0));
      expect(bit, c).not.toBe(0);
    }
    expect(prepareText('aeo', DASH).latinLow | prepareText('aeo', DASH).latinHigh).toBe(0);
  });

  it('counts a character in a blanked URL as before (the raw text decides)', () => {
    const raw = 'Les mer på https://www.kommune.no/vær-og-føre i dag';
    const p = prepareText(raw, DASH);
    expect(p.text).not.toBe(raw);
    const plain = prepareText('Les mer på https://www.kommune.no/vaer-og-fore i dag', DASH);
    expect(guessLanguage(p, raw)).not.toEqual(undefined);
    // the same words, and only the URL's «æ/ø» apart: the raw text's characters count
    expect(guessLanguage(p, raw).best).toBe(guessLanguage(plain, 'Les mer på https://www.kommune.no/vær-og-føre i dag').best);
  });
});
