import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citizenQuestionEvidence, isCitizenQuestion } from '../../../lib/text/index';

const corpus: string[] = readdirSync('tests/corpus')
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(`tests/corpus/${f}`, 'utf8')).items.map((i: { text: string }) => i.text));

describe('citizenQuestionEvidence', () => {
  it('is the evidence of isCitizenQuestion when it hits, else null', () => {
    const texts = [
      ...corpus,
      'Lurer på når brøytebilen kommer', 'Vet noen om bassenget er åpent', 'Hvornår åbner svømmehallen',
      'Undrar när badet öppnar', 'Wondering when the pool opens', 'Takk for info 👍', 'Gratulerer!', '', '  ',
      'Kan dere svare meg', 'Kan dere svare meg?', '@Kari vet dere noe', 'ingen spørsmål her', 'LURER PÅ DETTE',
    ];
    for (const text of texts) {
      const r = isCitizenQuestion(text);
      expect(citizenQuestionEvidence(text), text).toEqual(r.hit ? r.matched : null);
    }
  });
});
