import { describe, expect, it } from 'vitest';
import { ui as nb } from '../../../lib/i18n/nb/ui';
import { ui as nn } from '../../../lib/i18n/nn/ui';
import { ui as da } from '../../../lib/i18n/da/ui';
import { ui as sv } from '../../../lib/i18n/sv/ui';
import { ui as en } from '../../../lib/i18n/en/ui';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it.each([['nn', nn], ['da', da], ['sv', sv], ['en', en]] as const)('%s has every nb key, with the same parameters', (_, table) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(nb).sort());
    for (const [key, text] of Object.entries(nb)) expect([key, params(table[key])]).toEqual([key, params(text)]);
  });
  it('no string is empty', () => {
    for (const table of [nb, nn, da, sv, en]) for (const [key, text] of Object.entries(table)) expect([key, text.trim().length > 0]).toEqual([key, true]);
  });
});
