import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../corpus/corpus-schema';
import { evaluate, precision, recall, METRIC_KEYS, TARGETS } from '../../eval/corpus-metrics';

const corpus = loadCorpus();
const tuning = corpus.filter((i) => i.part === 'tuning');
const heldout = corpus.filter((i) => i.part === 'heldout');

describe('the labelled corpus', () => {
  it('has at least 300 items, all five languages, and a held-out part of at least 30 %', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(heldout.length / corpus.length).toBeGreaterThanOrEqual(0.3);
    for (const lang of ['nb', 'nn', 'da', 'sv', 'en']) {
      expect(tuning.some((i) => i.lang === lang)).toBe(true);
      expect(heldout.some((i) => i.lang === lang)).toBe(true);
    }
  });

  it('rejects a broken corpus file, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({
      part: 'tuning', lang: 'nb',
      items: [{ id: 'nb-t-1', kind: 'post', topic: 'water', text: 'Vannbrudd i Storgata.', labels: ['operational', 'drift'] }],
    }));
    expect(() => loadCorpus(dir)).toThrow(/bad\.json/);
  });

  it('rejects duplicate ids across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    const file = (text: string) => JSON.stringify({
      part: 'tuning', lang: 'nb', items: [{ id: 'nb-t-1', kind: 'comment', topic: 'water', text, citizenQuestion: true }],
    });
    writeFileSync(join(dir, 'a.json'), file('Når kommer vannet tilbake?'));
    writeFileSync(join(dir, 'b.json'), file('Gjelder det oss også?'));
    expect(() => loadCorpus(dir)).toThrow(/duplicate id nb-t-1/);
  });
});

describe('classifier accuracy on the tuning part (regression guard)', () => {
  const result = evaluate(tuning);
  it.each(METRIC_KEYS)('%s meets its precision and recall target', (key) => {
    const c = result.counts[key].all;
    expect(c.tp + c.fn).toBeGreaterThan(0);
    expect(precision(c)).toBeGreaterThanOrEqual(TARGETS[key]);
    expect(recall(c)).toBeGreaterThanOrEqual(TARGETS[key]);
  });
  it('detects the language of at least 95 % of the items', () => {
    expect(result.langDetection.correct / result.langDetection.total).toBeGreaterThanOrEqual(0.95);
  });
});
