import { describe, expect, it } from 'vitest';
import { localeFromBrowser, t } from '../../lib/i18n/translate';

describe('t', () => {
  it('returns the key itself when no table has it, so a gap is visible', () => {
    expect(t('en', 'no.such.key')).toBe('no.such.key');
  });
  it('maps browser language tags to interface languages', () => {
    expect(localeFromBrowser('nb-NO')).toBe('nb');
    expect(localeFromBrowser('no')).toBe('nb');
    expect(localeFromBrowser('nn-NO')).toBe('nn');
    expect(localeFromBrowser('da-DK')).toBe('da');
    expect(localeFromBrowser('sv-SE')).toBe('sv');
    expect(localeFromBrowser('en-US')).toBe('en');
    expect(localeFromBrowser('de-DE')).toBe('nb');
  });
});
