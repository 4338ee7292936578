import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../lib/text/index', async () => import('./fake-text'));
import { h8PurposeAndRules } from '../../../lib/claims/h8-purpose-and-rules';
import { h9Availability } from '../../../lib/claims/h9-availability';
import { makePost, makeSnapshot } from './make-snapshot';
import { judgeOne } from './judge-one';

const about = (texts: string[], links: { text: string; href: string }[] = []) => ({ texts, links });

describe('H8 purpose and rules', () => {
  it('passes with a purpose and rules in the About text', () => {
    const result = judgeOne(h8PurposeAndRules, makeSnapshot({ page: { about: about(['Her informerer vi [purpose]', 'Kommentarer [rules]']) } }));
    expect(result.status).toBe('pass');
    expect(result.evidence.map((e) => e.kind)).toEqual(['about', 'about']);
  });
  it('is could-improve with only the purpose, or only rules (also via a link)', () => {
    const purposeOnly = judgeOne(h8PurposeAndRules, makeSnapshot({ page: { about: about(['[purpose]']) } }));
    expect(purposeOnly).toMatchObject({ status: 'could-improve', message: { key: 'claim.H8.could-improve.purposeOnly' } });
    const rulesLink = judgeOne(h8PurposeAndRules, makeSnapshot({ page: { about: about(['Velkommen'], [{ text: 'Retningslinjer [rules]', href: 'https://kommune.no/regler' }]) } }));
    expect(rulesLink).toMatchObject({ status: 'could-improve', message: { key: 'claim.H8.could-improve.rulesOnly' } });
  });
  it('is poor with neither', () => {
    expect(judgeOne(h8PurposeAndRules, makeSnapshot({ page: { about: about(['Velkommen til siden']) } })).status).toBe('poor');
  });
  it('passes on the intro alone when it has both; otherwise without the About tab it is unknown, not poor', () => {
    expect(judgeOne(h8PurposeAndRules, makeSnapshot({ page: { bio: '[purpose] [rules]' } })).status).toBe('pass');
    const closed = judgeOne(h8PurposeAndRules, makeSnapshot({ page: { bio: 'Velkommen [purpose]' } }));
    expect(closed.status).toBe('unknown');
    expect(closed.summary).toContain('«Om»');
  });
  it('is unknown when neither intro nor About could be read', () => {
    const result = judgeOne(h8PurposeAndRules, makeSnapshot({ page: { category: null } }));
    expect(result).toMatchObject({ status: 'unknown', message: { key: 'claim.H8.unknown.noIntro' } });
  });
});

describe('H9 availability', () => {
  const hours = { state: 'open-now' as const, ranges: [{ day: 0, open: '08:00', close: '15:30' }], raw: ['Åpent nå'], source: 'dom' as const };

  it('passes with opening hours in the intro', () => {
    const result = judgeOne(h9Availability, makeSnapshot({ page: { hours } }));
    expect(result).toMatchObject({ status: 'pass', message: { key: 'claim.H9.pass.hours' } });
    expect(result.evidence[0]).toMatchObject({ kind: 'hours', excerpt: 'Åpent nå' });
  });
  it('passes with a stated answering time (field or About text)', () => {
    expect(judgeOne(h9Availability, makeSnapshot({ page: { answeringTimes: 'Siden er bemannet hverdager 08–15.30' } })).message.key).toBe('claim.H9.pass.answeringTimes');
    expect(judgeOne(h9Availability, makeSnapshot({ page: { about: about(['Vi svarer [hours]']) } })).status).toBe('pass');
  });
  it('is could-improve with only a link to the hours', () => {
    const result = judgeOne(h9Availability, makeSnapshot({ page: { about: about([], [{ text: 'Åpningstider [hours]', href: 'https://kommune.no/apningstider' }]) } }));
    expect(result).toMatchObject({ status: 'could-improve', message: { key: 'claim.H9.could-improve.link' } });
  });
  it('is could-improve with the hours only in a pinned post', () => {
    const pinned = makePost({ pinned: true, at: '2026-03-01T10:00:00Z', text: 'Servicetorget [hours]' });
    const result = judgeOne(h9Availability, makeSnapshot({ posts: [pinned] }));
    expect(result).toMatchObject({ status: 'could-improve', message: { key: 'claim.H9.could-improve.pinned' } });
    expect(result.evidence[0].postId).toBe(pinned.id);
  });
  it('is poor when the intro was read and shows no hours', () => {
    expect(judgeOne(h9Availability, makeSnapshot({ page: { bio: 'Offisiell side for Testkommune' } })).status).toBe('poor');
  });
  it('is unknown when neither intro nor About could be read', () => {
    expect(judgeOne(h9Availability, makeSnapshot({ page: { category: null } })).status).toBe('unknown');
  });
});

describe('H9 in an unknown interface language', () => {
  it('is unknown, not poor, when the interface words could not be recognised', () => {
    const result = judgeOne(h9Availability, makeSnapshot({ uiLocale: 'unknown', page: { introItems: ['Otwarte teraz'] } }));
    expect(result).toMatchObject({ status: 'unknown', message: { key: 'claim.H9.unknown.uiLocale' } });
  });
  it('still passes on hours the reader did recognise', () => {
    const hours = { state: 'open-now' as const, ranges: [], raw: ['Open now'], source: 'dom' as const };
    expect(judgeOne(h9Availability, makeSnapshot({ uiLocale: 'unknown', page: { hours } })).status).toBe('pass');
  });
});
