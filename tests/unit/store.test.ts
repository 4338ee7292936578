import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { pageKeyFromUrl } from '../../lib/store/page-key';

describe('pageKeyFromUrl', () => {
  it('folds sub-pages, queries and case into one key per page', () => {
    expect(pageKeyFromUrl('https://www.facebook.com/Fjordvikkommune/about?ref=x#y')).toBe('https://www.facebook.com/fjordvikkommune');
    expect(pageKeyFromUrl('https://m.facebook.com/fjordvikkommune')).toBe('https://www.facebook.com/fjordvikkommune');
    expect(pageKeyFromUrl('https://www.facebook.com/profile.php?id=123&sk=about')).toBe('https://www.facebook.com/profile.php?id=123');
  });
});
