import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildFacebookPage } from '../../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_NAME, FJORDVIK_URL } from '../../fixtures/demo/fjordvik';
import { readPage } from '../../../lib/reader/read-page';
import type { CommentData } from '../../../lib/snapshot/schema';

// A fixed "now" on a Sunday noon, UTC; the demo is a function of now, so any date works.
const now = new Date('2026-11-22T12:00:00Z');
const spec = fjordvikSpec(now);

function read(options: Partial<Parameters<typeof buildFacebookPage>[1]> = {}) {
  const html = buildFacebookPage(spec, { now, uiLocale: 'nb', collapseComments: false, ...options });
  return readPage(parseHTML(html).document, { url: FJORDVIK_URL, now });
}

describe('the demo spec', () => {
  it('has at least 30 posts spread over at least 6 weeks before now', () => {
    expect(spec.posts.length).toBeGreaterThanOrEqual(30);
    const times = spec.posts.map((p) => Date.parse(p.at));
    expect(Math.max(...times)).toBeLessThan(now.getTime());
    expect(now.getTime() - Math.min(...times)).toBeGreaterThan(6 * 7 * 24 * 3600_000);
    const comments = spec.posts.flatMap((p) => p.comments ?? []);
    expect(comments.some((c) => c.text.includes('?') && (c.replies ?? []).some((r) => r.isPage))).toBe(true);
    expect(comments.some((c) => c.text.includes('?') && !(c.replies ?? []).length)).toBe(true);
  });
});

describe('readPage on the demo page (nb, logged out, comments open)', () => {
  const snap = read();

  it('reads the page header and intro', () => {
    expect(snap.status).toBe('ok');
    expect(snap.layout).toBe('comet');
    expect(snap.uiLocale).toBe('nb');
    expect(snap.page.name).toBe(FJORDVIK_NAME);
    expect(snap.page.category).toBe('Kommune');
    expect(snap.page.bio).toBe(spec.bio);
    expect(snap.page.hours).toMatchObject({ state: 'open-now', raw: ['Åpent nå'], source: 'dom' });
    expect(snap.page.messaging).toEqual({ offered: true, replySpeed: 'Svarer vanligvis innen en dag' });
    // «6,4k følgere»: Facebook rounds, so does the reader
    expect(snap.page.followers).toBe(6400);
    expect(snap.page.likes).toBe(5800);
    expect(snap.page.introItems).toEqual(expect.arrayContaining(['Rådhusgata 1, 6789 Fjordvik', '+47 51 23 45 00', 'postmottak@fjordvik.kommune.no']));
    expect(snap.page.answeringTimes).toBe('Siden er bemannet hverdager 08–15.30');
    expect(snap.page.about).toBeNull();
    expect(snap.coverage.about?.note).toMatch(/About tab/);
    // the same advice as an interface-string key, shown in the user's language
    expect(snap.coverage.about?.noteKey).toBe('coverage.note.aboutNotRead');
  });

  it('reads every post with permalink, time and full text', () => {
    expect(snap.posts).toHaveLength(spec.posts.length);
    expect(new Set(snap.posts.map((p) => p.id)).size).toBe(spec.posts.length);
    for (const post of snap.posts) {
      expect(post.permalink).toMatch(/^https:\/\/www\.facebook\.com\/fjordvikkommune\/posts\/pfbid0\w+$/);
      expect(post.time).not.toBeNull();
      const original = spec.posts.find((p) => p.text.startsWith(post.text.slice(0, 40).replace(/…$/, '')));
      expect(original, post.text.slice(0, 40)).toBeDefined();
      const at = Date.parse(original!.at);
      // the true time lies inside the interval read (exact, minute, hour or day precision)
      expect(Date.parse(post.time!.from)).toBeLessThanOrEqual(at);
      expect(Date.parse(post.time!.to)).toBeGreaterThanOrEqual(at);
    }
  });

  it('takes exact times and full text of the first posts from the JSON block', () => {
    const structured = snap.posts.filter((p) => p.time?.source === 'structured-data');
    expect(structured).toHaveLength(3);
    expect(structured.every((p) => p.time!.precision === 'exact' && p.time!.from === p.time!.to)).toBe(true);
    // the hearing is long and cut at «Se mer», and not in the JSON block
    const hearing = snap.posts.find((p) => p.text.startsWith('Høring'))!;
    expect(hearing.textTruncated).toBe(true);
    expect(hearing.time).toMatchObject({ precision: 'minute', source: 'dom', raw: expect.stringMatching(/^\d+\. \w+ kl\. \d\d:\d\d$/) });
  });

  it('reads counts, the pinned post and mentions', () => {
    const pinned = snap.posts.filter((p) => p.pinned);
    expect(pinned).toHaveLength(1);
    expect(pinned[0].text).toMatch(/^Velkommen til Fjordvik/);
    const prize = snap.posts.find((p) => p.text.startsWith('Gratulerer til Astrid'))!;
    expect(prize.counts).toEqual({ reactions: 214, comments: 2, shares: 11 });
    expect(prize.mentions).toEqual(['Astrid Eide']);
  });

  it('reads comments with author, page flag, text, time, and replies under their parent', () => {
    const water = snap.posts.find((p) => p.text.startsWith('VANNBRUDD'))!;
    expect(water.comments.map((c) => c.author)).toEqual(['Kari Nordmann', 'Ola Berg', 'Sigrid Haugen']);
    const kari = water.comments[0];
    expect(kari.authorIsPage).toBe(false);
    expect(kari.text).toBe('Gjelder dette også Kaiveien 30? Vi har ikke fått SMS-varsel.');
    expect(kari.time).toMatchObject({ precision: 'hour', raw: '2 t' });
    expect(kari.replies).toHaveLength(1);
    expect(kari.replies[0]).toMatchObject({ author: FJORDVIK_NAME, authorIsPage: true });
    expect(kari.replies[0].text).toMatch(/^Hei Kari!/);

    const all: CommentData[] = snap.posts.flatMap((p) => p.comments.flatMap((c) => [c, ...c.replies]));
    const specCount = spec.posts.reduce((n, p) => n + (p.comments ?? []).reduce((m, c) => m + 1 + (c.replies?.length ?? 0), 0), 0);
    expect(all).toHaveLength(specCount);
    expect(all.every((c) => c.time !== null && c.author)).toBe(true);
    expect(snap.unknownLabels).toEqual([]);
  });
});

describe('readPage on the demo page as Facebook first shows it', () => {
  it('reads fewer comments when they are collapsed and says how to open them', () => {
    const snap = read({ collapseComments: true });
    const open = read();
    const count = (s: typeof snap) => s.posts.reduce((n, p) => n + p.comments.length, 0);
    expect(count(snap)).toBeLessThan(count(open));
    expect(snap.coverage.comments?.note).toMatch(/Alle kommentarer/);
  });

  it('still reads posts logged in (aria-posinset instead of role=article)', () => {
    const snap = read({ loggedIn: true });
    expect(snap.posts).toHaveLength(spec.posts.length);
    expect(snap.posts[1].comments.length).toBeGreaterThan(0);
  });
});

describe('readPage only reads', () => {
  it('leaves the document exactly as it was', () => {
    const html = buildFacebookPage(spec, { now, uiLocale: 'nb' });
    const { document } = parseHTML(html);
    const before = document.toString();
    readPage(document, { url: FJORDVIK_URL, now, bound: { kind: 'weeks', weeks: 4 } });
    expect(document.toString()).toBe(before);
  });
});

describe('readPage with a bound', () => {
  const html = buildFacebookPage(spec, { now, uiLocale: 'nb', collapseComments: false });
  const WEEK = 7 * 24 * 3600_000;

  it('keeps the posts of the last N weeks only', () => {
    const snap = readPage(parseHTML(html).document, { url: FJORDVIK_URL, now, bound: { kind: 'weeks', weeks: 4 } });
    const expected = spec.posts.filter((p) => Date.parse(p.at) >= now.getTime() - 4 * WEEK);
    expect(snap.posts).toHaveLength(expected.length);
    expect(snap.posts.every((p) => Date.parse(p.time!.to) >= now.getTime() - 4 * WEEK)).toBe(true);
    // the pinned welcome post is nine weeks old: outside the bound
    expect(snap.posts.some((p) => p.pinned)).toBe(false);
    expect(snap.coverage.posts?.count).toBe(expected.length);
  });

  it('keeps the first N posts of the feed', () => {
    const snap = readPage(parseHTML(html).document, { url: FJORDVIK_URL, now, bound: { kind: 'posts', posts: 5 } });
    expect(snap.posts.map((p) => p.text.slice(0, 12))).toEqual(
      [...spec.posts].filter((p) => !p.pinned).sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, 5).map((p) => p.text.slice(0, 12)),
    );
  });
});

describe('readPage with hover tooltips', () => {
  it('uses a tooltip that agrees with the coarse label, and ignores one that does not', () => {
    const { document } = parseHTML(buildFacebookPage(spec, { now, uiLocale: 'nb', collapseComments: false }));
    const links = Array.from(document.querySelectorAll('a[href*="comment_id="]'));
    const kari = links.find((a) => (a.closest('[role=article]')?.getAttribute('aria-label') ?? '').startsWith('Kommentar fra Kari Nordmann'))!;
    const ola = links.find((a) => (a.closest('[role=article]')?.getAttribute('aria-label') ?? '').startsWith('Kommentar fra Ola Berg'))!;
    const tooltips = new WeakMap<Element, string>();
    // Kari commented 20 minutes after the post (3 h before now, Sunday 22 November 12:00 UTC)
    const karisTime = new Date(now.getTime() - 3 * 3600_000 + 20 * 60_000);
    tooltips.set(kari, `søndag 22. november 2026 kl. ${String(karisTime.getHours()).padStart(2, '0')}:${String(karisTime.getMinutes()).padStart(2, '0')}`);
    tooltips.set(ola, 'mandag 2. mars 2026 kl. 10:00');
    const snap = readPage(document, { url: FJORDVIK_URL, now, tooltips });
    const water = snap.posts.find((p) => p.text.startsWith('VANNBRUDD'))!;
    expect(water.comments[0].time).toMatchObject({ source: 'tooltip', precision: 'minute', from: karisTime.toISOString() });
    expect(water.comments[1].time).toMatchObject({ source: 'dom', precision: 'hour' });
  });
});
