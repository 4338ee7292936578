import { describe, expect, it } from 'vitest';
import { judgeSnapshot } from '../../../lib/claims/run-claims';
import { makeComment, makeSnapshot, postsEvery } from './make-snapshot';
import { NOW } from './judge-one';

// With the real text analysis (no stand-in): the whole judge on 1,000 posts with comments.
const TEXTS = [
  'Hei! Nå kan du søke om plass i barnehagen 🎉 Fristen er 1. mars, så ikke vent for lenge.',
  'Driftsmelding: vannbrudd i Storgata. Vannet er stengt til kl. 14. Husk å koke vannet etterpå.',
  'Gratulerer til Fjordvik IL med kretsmesterskapet! Vi er stolte av dere 💪',
  'Hva mener du om planene for det nye torget? Si din mening i kommentarfeltet.',
  'Kommunestyret behandlet saken i møte 12.03 jf. plan- og bygningsloven § 12-10. Vedtaket kan påklages.',
  'Vi søker nye ansatte til helse og omsorg. Les mer på nettsidene våre.',
];

describe('judge performance', () => {
  // Comments on every fourth post (a question answered by the page, and a remark): the reader opens
  // comments on some posts, not all. Text analysis is most of the time (about 20 µs a post).
  it('judges 1,000 posts with comments in under 50 ms (steady state)', () => {
    const comments = () => [
      makeComment({ text: 'Når åpner bassenget igjen?', at: '2026-01-05T09:00:00Z', replies: [makeComment({ authorIsPage: true, text: 'Hei! På mandag.', at: '2026-01-05T11:00:00Z' })] }),
      makeComment({ text: 'Flott! 👍', at: '2026-01-05T10:00:00Z' }),
    ];
    const big = makeSnapshot({
      posts: postsEvery(1000, 3, (i) => `${TEXTS[i % TEXTS.length]} (${i})`).map((p, i) => ({ ...p, comments: i % 4 === 0 ? comments() : [] })),
      page: { bio: 'Offisiell side for Testkommune', messaging: { offered: true, replySpeed: null } },
    });
    const first = judgeSnapshot(big, { now: NOW, locale: 'nb' });
    expect(first.claims.filter((c) => c.status !== 'unknown').length).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < 6; i++) judgeSnapshot(makeSnapshot(big), { now: NOW, locale: 'nb' }); // JIT warm-up; then the best of seven, as the machine is shared
    const times = [0, 1, 2, 3, 4, 5, 6].map(() => {
      const fresh = makeSnapshot(big); // a new object: nothing memoised from before
      const start = performance.now();
      judgeSnapshot(fresh, { now: NOW, locale: 'nb' });
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(50);
  });
});
