import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/text';
import { compileLexicon, LEXICONS } from '../../../lib/text/compile-lexicon';
import nb from '../../../lib/text/lexicon/nb.json';
import { headKey } from '../../../lib/text/text-features';

describe('lexicon data files', () => {
  it('compile for all five languages, with words, stems and phrases for every label', () => {
    for (const lex of Object.values(LEXICONS)) {
      for (const label of ['informal', 'pride', 'praise', 'operational', 'dialogue'] as const) {
        expect(Object.keys(lex.labels[label].terms).length).toBeGreaterThan(10);
      }
      expect(lex.du.byId.filter((w) => w?.pronoun).length).toBeGreaterThan(3);
    }
  });

  it('rejects a lexicon with a missing label, naming the file', () => {
    const broken = structuredClone(nb) as Record<string, unknown>;
    delete (broken.labels as Record<string, unknown>).operational;
    expect(() => compileLexicon(broken, 'broken-nb')).toThrow(/broken-nb/);
  });

  it('rejects a stem that is too short to index', () => {
    const broken = structuredClone(nb);
    (broken.labels.pride.terms as Record<string, number>)['ab*'] = 1;
    expect(() => compileLexicon(broken, 'short-stem')).toThrow(/short-stem/);
  });

  it('takes its weights from the data: changing a term weight changes the score', () => {
    const changed = structuredClone(nb);
    (changed.labels.operational.terms as Record<string, number>)['vannbrudd*'] = 0.5;
    const lex = compileLexicon(changed, 'changed');
    const ref = lex.byHead.get(headKey('van'))?.stems?.find((e) => e.stem === 'vannbrudd')?.refs.find((r) => r.label === 'operational');
    expect(ref?.weight).toBe(0.5);
    expect(LEXICONS.nb.byHead.get(headKey('van'))?.stems?.find((e) => e.stem === 'vannbrudd')?.refs[0]?.weight).toBe(3);
  });
});
