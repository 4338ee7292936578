import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims as nb } from '../../../lib/i18n/nb/claims';
import { claims as nn } from '../../../lib/i18n/nn/claims';
import { claims as da } from '../../../lib/i18n/da/claims';
import { claims as sv } from '../../../lib/i18n/sv/claims';
import { claims as en } from '../../../lib/i18n/en/claims';
import { t } from '../../../lib/i18n/translate';
import { CLAIM_IDS } from '../../../lib/claims/types';

const TABLES = { nb, nn, da, sv, en };
const STATUSES = ['pass', 'could-improve', 'poor', 'unknown'] as const;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every message key the judges can produce: the literals in lib/claims plus the `claim.<id>.<status>` pattern. */
function producedKeys(): string[] {
  const dir = join(__dirname, '../../../lib/claims');
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/'((?:claim|evidence)\.[\w.-]+)'/g)) keys.add(match[1]);
  }
  for (const id of ['H1', 'H2', 'H3', 'H4', 'H5']) for (const status of ['pass', 'could-improve', 'poor']) keys.add(`claim.${id}.${status}`);
  for (const status of ['unsupported-layout', 'login-wall', 'not-a-page', 'empty']) keys.add(`claim.unreadable.${status}`);
  return [...keys];
}

describe('claim strings', () => {
  it('has every key the judges produce in nb', () => {
    const missing = producedKeys().filter((key) => !(key in nb));
    expect(missing).toEqual([]);
    expect(producedKeys().length).toBeGreaterThan(50);
  });

  it.each(Object.entries(TABLES))('%s has the same keys and placeholders as nb', (_locale, table) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(nb).sort());
    for (const [key, text] of Object.entries(nb)) expect([key, placeholders(table[key])]).toEqual([key, placeholders(text)]);
  });

  it('names every claim and status', () => {
    for (const id of CLAIM_IDS) expect(t('en', `claim.${id}.title`)).not.toBe(`claim.${id}.title`);
    expect(STATUSES.map((s) => t('nb', `status.${s}`))).toEqual(['Bra', 'Kan bli bedre', 'Dårlig', 'Ukjent']);
    expect(STATUSES.map((s) => t('en', `status.${s}`))).toEqual(['Pass', 'Could improve', 'Poor', 'Unknown']);
    expect(STATUSES.map((s) => t('da', `status.${s}`))).toEqual(['God', 'Kan blive bedre', 'Dårlig', 'Ukendt']);
    expect(STATUSES.map((s) => t('sv', `status.${s}`))).toEqual(['Bra', 'Kan bli bättre', 'Dålig', 'Okänd']);
    expect(STATUSES.map((s) => t('nn', `status.${s}`))).toEqual(['Bra', 'Kan bli betre', 'Dårleg', 'Ukjend']);
  });
});
