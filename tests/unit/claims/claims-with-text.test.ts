import { describe, expect, it } from 'vitest';
import { judgeSnapshot } from '../../../lib/claims/run-claims';
import { makeSnapshot, postsEvery } from './make-snapshot';
import { NOW } from './judge-one';

// The judges wired to the real text analysis (lib/text), on clear-cut Bokmål and Danish texts.
const NB = [
  'Hei! Nå kan du søke om plass i barnehagen 🎉 Fristen er 1. mars.',
  'Vannbrudd i Storgata. Vannet er stengt til kl. 14.',
  'Hva mener du om det nye torget? Si din mening i kommentarfeltet!',
  'Kommunestyret behandlet saken jf. plan- og bygningsloven § 12-10.',
];

describe('claims with the real text analysis', () => {
  it('judges posts, About texts and links end to end', () => {
    const snapshot = makeSnapshot({
      posts: postsEvery(12, 30, (i) => NB[i % NB.length]),
      page: {
        about: {
          texts: ['Her deler vi nyheter og informasjon fra kommunen.', 'Vi sletter kommentarer med personangrep.'],
          links: [{ text: 'Se våre åpningstider', href: 'https://kommune.no/kontakt' }],
        },
        messaging: { offered: true, replySpeed: null },
      },
    });
    const report = judgeSnapshot(snapshot, { now: NOW, locale: 'nb' });
    const status = Object.fromEntries(report.claims.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ H7: 'pass', H8: 'pass', H9: 'could-improve', H10: 'pass' });
    const h7 = report.claims.find((c) => c.id === 'H7')!;
    expect(h7.evidence[0].excerpt).toContain('Vannbrudd');
    expect(h7.evidence[0].matched.length).toBeGreaterThan(0);
    const h8 = report.claims.find((c) => c.id === 'H8')!;
    expect(h8.evidence.map((e) => e.excerpt)).toContain('Vi sletter kommentarer med personangrep.');
  });

  it('reads Danish About texts', () => {
    const snapshot = makeSnapshot({
      page: {
        about: {
          texts: [
            'Velkommen til Aarhus Kommunes side. Her informerer vi om nyheder og arrangementer i kommunen.',
            'Vi forbeholder os ret til at slette kommentarer, der indeholder personangreb.',
          ],
          links: [],
        },
      },
    });
    expect(judgeSnapshot(snapshot, { now: NOW, locale: 'da' }).claims[7]).toMatchObject({ id: 'H8', status: 'pass' });
  });
});
