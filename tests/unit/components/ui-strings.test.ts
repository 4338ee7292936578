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

describe('labels for what the judges produce', () => {
  it('every metric of a real judgement has a label in every interface language', async () => {
    const { judgeSnapshot } = await import('../../../lib/claims/run-claims');
    const { sampleSnapshot } = await import('../store/sample-report');
    const { t } = await import('../../../lib/i18n/translate');
    const now = new Date('2026-03-12T10:00:00Z');
    const report = judgeSnapshot(sampleSnapshot(now), { now, locale: 'nb' });
    const keys = [...new Set(report.claims.flatMap((c) => c.metrics.map((m) => m.key)))];
    expect(keys.length).toBeGreaterThan(10);
    for (const locale of ['nb', 'nn', 'da', 'sv', 'en'] as const) {
      const missing = keys.filter((k) => t(locale, `metric.${k}`) === `metric.${k}`);
      expect([locale, missing]).toEqual([locale, []]);
    }
  });

  it('every threshold of every claim has a label', async () => {
    const { defaultThresholds } = await import('../../../lib/claims/thresholds');
    const { t } = await import('../../../lib/i18n/translate');
    const keys = [...new Set(Object.values(defaultThresholds()).flatMap((d) => Object.keys(d)))];
    const missing = keys.filter((k) => t('nb', `threshold.${k}`) === `threshold.${k}`);
    expect(missing).toEqual([]);
  });
});
