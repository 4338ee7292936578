import { describe, expect, it } from 'vitest';
import { excerpt, shareStatus } from '../../../lib/claims/judge-helpers';

describe('excerpt', () => {
  it('keeps short texts whole, flattening white space', () => {
    expect(excerpt('Hei\n\nalle  sammen')).toBe('Hei alle sammen');
  });
  it('cuts long texts at 300 characters', () => {
    const cut = excerpt('a'.repeat(500));
    expect(cut).toHaveLength(300);
    expect(cut.endsWith('…')).toBe(true);
  });
  it('centres on a matched word that lies beyond the cut', () => {
    const text = `${'Lang innledning. '.repeat(30)}Husk at vannet er stengt i morgen. ${'Mer tekst. '.repeat(30)}`;
    const cut = excerpt(text, 300, ['stengt']);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut).toContain('vannet er stengt');
    expect(cut.startsWith('…')).toBe(true);
  });
});

describe('shareStatus', () => {
  it('compares counts exactly at the thresholds', () => {
    expect(shareStatus(3, 5, 60, 30)).toBe('pass');
    expect(shareStatus(1, 3, 34, 30)).toBe('could-improve'); // 33.3 % < 34 %
    expect(shareStatus(0, 5, 60, 30)).toBe('poor');
  });
});
