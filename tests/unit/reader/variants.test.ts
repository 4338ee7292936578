/**
 * The demo page rendered in every interface language, logged in and out, with parts left out,
 * on the About tab, and with hooks missing, renamed or duplicated. Each snapshot is checked field
 * by field against the spec it was built from.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildFacebookPage, type BuildOptions } from '../../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_NAME, FJORDVIK_URL } from '../../fixtures/demo/fjordvik';
import { readPage } from '../../../lib/reader/read-page';
import type { PageSnapshot } from '../../../lib/snapshot/schema';
import { FACEBOOK_LOCALES } from '../../../lib/facebook/ui-strings';

const now = new Date('2026-11-22T12:00:00Z');
const spec = fjordvikSpec(now);
const specComments = spec.posts.reduce((n, p) => n + (p.comments ?? []).reduce((m, c) => m + 1 + (c.replies?.length ?? 0), 0), 0);

function build(options: Partial<BuildOptions> = {}, s = spec) {
  return buildFacebookPage(s, { now, uiLocale: 'nb', collapseComments: false, ...options });
}
function read(html: string, url = FJORDVIK_URL): PageSnapshot {
  return readPage(parseHTML(html).document, { url, now });
}
const flatComments = (snap: PageSnapshot) => snap.posts.flatMap((p) => p.comments.flatMap((c) => [c, ...c.replies]));

/** every post's time interval contains the time the spec gave it */
function expectTimesMatchSpec(snap: PageSnapshot) {
  for (const post of snap.posts) {
    const original = spec.posts.find((p) => p.text.startsWith(post.text.slice(0, 30)));
    expect(original, post.text.slice(0, 30)).toBeDefined();
    expect(post.time, post.text.slice(0, 30)).not.toBeNull();
    expect(Date.parse(post.time!.from)).toBeLessThanOrEqual(Date.parse(original!.at));
    expect(Date.parse(post.time!.to)).toBeGreaterThanOrEqual(Date.parse(original!.at));
  }
}

const HOURS_LABEL = { nb: 'Åpent nå', nn: 'Ope no', da: 'Åben nu', sv: 'Öppet nu', en: 'Open now' } as const;

describe.each(FACEBOOK_LOCALES)('interface language %s', (locale) => {
  describe.each([false, true])('logged in: %s', (loggedIn) => {
    const snap = read(build({ uiLocale: locale, loggedIn }));

    it('reads the header and intro', () => {
      expect(snap.uiLocale).toBe(locale);
      expect(snap.status).toBe('ok');
      expect(snap.page.name).toBe(FJORDVIK_NAME);
      expect(snap.page.category).toBe('Kommune');
      expect(snap.page.bio).toBe(spec.bio);
      expect(snap.page.hours).toMatchObject({ state: 'open-now', raw: [HOURS_LABEL[locale]] });
      expect(snap.page.messaging.offered).toBe(true);
      expect(snap.page.followers).toBe(6400);
    });

    it('reads every post with its time, counts and the pinned flag', () => {
      expect(snap.posts).toHaveLength(spec.posts.length);
      expectTimesMatchSpec(snap);
      expect(snap.posts.filter((p) => p.pinned)).toHaveLength(1);
      const prize = snap.posts.find((p) => p.text.startsWith('Gratulerer til Astrid'))!;
      expect(prize.counts).toEqual({ reactions: 214, comments: 2, shares: 11 });
      expect(snap.unknownLabels).toEqual([]);
    });

    it('reads every comment and reply, and knows the page’s own', () => {
      const all = flatComments(snap);
      expect(all).toHaveLength(specComments);
      expect(all.every((c) => c.author && c.time && c.text)).toBe(true);
      const pageReplies = all.filter((c) => c.authorIsPage);
      const specPage = spec.posts.flatMap((p) => (p.comments ?? []).flatMap((c) => [c, ...(c.replies ?? [])])).filter((c) => c.isPage);
      expect(pageReplies).toHaveLength(specPage.length);
    });
  });
});

describe('shared posts, scrambled times, no lang attribute', () => {
  it('names the author of a shared post', () => {
    const snap = read(build());
    const shared = snap.posts.filter((p) => p.sharedFrom !== null);
    expect(shared.map((p) => p.sharedFrom)).toEqual(['Politiet i Vest']);
    expect(shared[0].text).toMatch(/^Informasjonsmøte om rusforebyggende arbeid/);
  });

  it('reads scrambled time links through their aria-label', () => {
    const snap = read(build({ scrambleTimes: true, omit: ['structured-data'] }));
    expect(snap.posts.every((p) => p.time?.source === 'aria-label')).toBe(true);
    expectTimesMatchSpec(snap);
    expect(snap.unknownLabels).toEqual([]);
  });

  it.each(FACEBOOK_LOCALES)('tells the interface language %s from the labels when <html lang> is missing', (locale) => {
    const html = build({ uiLocale: locale }).replace(/ lang="[^"]+"/, '');
    expect(read(html).uiLocale).toBe(locale);
  });
});

describe('a poll', () => {
  it('is flagged on its post and never voted in', () => {
    const s = { ...spec, posts: spec.posts.map((p) => (p.id === 'hva-mener-du-sentrum' ? { ...p, poll: ['Ja, torg', 'Nei, parkering', 'Vet ikke'] } : p)) };
    const snap = read(build({}, s));
    expect(snap.posts.filter((p) => p.hasPoll).map((p) => p.text.slice(0, 20))).toEqual(['Hva mener du om nytt']);
  });
});

describe('parts left out', () => {
  it('without hours: hours null, with a note', () => {
    const snap = read(build({ omit: ['hours'] }));
    expect(snap.page.hours).toBeNull();
    expect(snap.coverage.hours).toMatchObject({ found: false, count: 0 });
    expect(snap.coverage.hours?.note).toBeTruthy();
  });

  it('without messaging: offered false (the header was read), no reply speed', () => {
    const snap = read(build({ omit: ['messaging'] }));
    expect(snap.page.messaging).toEqual({ offered: false, replySpeed: null });
  });

  it('without comments: no comments, counts say 0', () => {
    const snap = read(build({ omit: ['comments'] }));
    expect(flatComments(snap)).toEqual([]);
    expect(snap.coverage.comments).toMatchObject({ found: false, count: 0 });
  });

  it('without a pinned post', () => {
    const s = { ...spec, posts: spec.posts.map((p) => ({ ...p, pinned: false })) };
    expect(read(build({}, s)).posts.filter((p) => p.pinned)).toEqual([]);
  });

  it('without the intro box: category, bio and hours unknown, with a note pointing to the About tab', () => {
    const snap = read(build({ omit: ['intro'] }));
    expect(snap.page).toMatchObject({ category: null, bio: null, hours: null });
    expect(snap.coverage.category?.note).toMatch(/intro box was not found/);
    expect(snap.coverage.category?.noteKey).toBe('coverage.note.introMissing');
    expect(snap.status).toBe('ok');
  });

  it('without the JSON block: every time from the DOM, none exact', () => {
    const snap = read(build({ omit: ['structured-data'] }));
    expect(snap.posts.every((p) => p.time?.source === 'dom' && p.time.precision !== 'exact')).toBe(true);
    expectTimesMatchSpec(snap);
  });

  it('without counts: null counts, and coverage says so', () => {
    const snap = read(build({ omit: ['counts'] }));
    expect(snap.posts.every((p) => p.counts.reactions === null && p.counts.comments === null)).toBe(true);
    expect(snap.coverage.counts).toMatchObject({ found: false, count: 0 });
  });
});

describe('the About tab', () => {
  const snap = read(build({ aboutTab: true }), `${FJORDVIK_URL}/about`);

  it('reads purpose, rules, links and the day-by-day hours', () => {
    expect(snap.page.about?.texts).toEqual(expect.arrayContaining([spec.about!.purpose, spec.about!.rules]));
    expect(snap.page.about?.links).toContainEqual({ text: 'Retningslinjer for kommunens Facebook-side', href: 'https://www.fjordvik.kommune.no/facebook' });
    expect(snap.page.hours?.ranges).toEqual([0, 1, 2, 3, 4].map((day) => ({ day, open: '08:00', close: '15:30' })));
    expect(snap.page.hours?.state).toBe('open-now');
    expect(snap.coverage.about).toMatchObject({ found: true, source: 'dom' });
    expect(snap.coverage.about?.note).toBeUndefined();
  });

  it('without rules for discussion: only the purpose and the links', () => {
    const s = { ...spec, about: { ...spec.about!, rules: undefined } };
    const other = read(build({ aboutTab: true }, s), `${FJORDVIK_URL}/about`);
    expect(other.page.about?.texts).toContain(spec.about!.purpose);
    expect(other.page.about?.texts.some((t: string) => t.startsWith('Regler for kommentarer'))).toBe(false);
    // the website (contact details) and the guidelines link, with Facebook's l.php redirect undone
    expect(other.page.about?.links.map((l: { href: string }) => l.href)).toEqual(['https://www.fjordvik.kommune.no', 'https://www.fjordvik.kommune.no/facebook']);
  });

  it('says so when the About tab is open but its content hook is unknown', () => {
    const html = build({ aboutTab: true }).replace('data-pagelet="ProfileAppSection_0"', 'data-pagelet="AboutV3"');
    const other = read(html, `${FJORDVIK_URL}/about`);
    expect(other.page.about).toBeNull();
    expect(other.coverage.about?.note).toMatch(/not recognised/);
  });

  it('says partial (the posts are on the timeline) and keeps what it read', () => {
    expect(snap.status).toBe('partial');
    expect(snap.statusDetail).toMatch(/timeline/);
    expect(snap.posts).toEqual([]);
    expect(snap.page.category).toBe('Kommune');
  });
});

describe('hooks missing, renamed or duplicated', () => {
  it('reads post text without the data-ad-* message hooks', () => {
    const snap = read(build({ omit: ['message-hooks'] }));
    expect(snap.posts).toHaveLength(spec.posts.length);
    const water = snap.posts.find((p) => p.text.startsWith('VANNBRUDD'));
    expect(water).toBeDefined();
    expect(snap.posts.every((p) => p.text.length > 20)).toBe(true);
  });

  it('finds the feed without role=feed', () => {
    expect(read(build({ omit: ['feed-role'] })).posts).toHaveLength(spec.posts.length);
  });

  it('says partial when the permalinks (and so the times) are missing', () => {
    const snap = read(build({ omit: ['permalinks', 'structured-data'] }));
    expect(snap.status).toBe('partial');
    expect(snap.coverage.postTimes).toMatchObject({ found: false, count: 0 });
    expect(snap.posts.every((p) => p.permalink === null && p.time === null)).toBe(true);
  });

  it('survives a renamed message hook and an unknown «See more» label, and reports the label it did not know', () => {
    const html = build({ uiLocale: 'nb' })
      .replace(/data-ad-rendering-role="story_message"/g, 'data-ad-rendering-role="story_body"')
      .replace(/data-ad-comet-preview="message" data-ad-preview="message"/g, 'data-ad-preview="message"')
      .replace(/>Se mer</g, '>Vis mer<')
      .replace(/>7\. februar/g, '>7 febbraio');
    const snap = read(html.replace(/>Mest relevante</g, '>Mest populære<'));
    expect(snap.posts).toHaveLength(spec.posts.length);
    const hearing = snap.posts.find((p) => p.text.startsWith('Høring'))!;
    expect(hearing.text).toMatch(/…$/);
    expect(hearing.textTruncated).toBe(true);
    expect(snap.unknownLabels).toEqual(expect.arrayContaining(['Vis mer', 'Mest populære']));
  });

  it('reports a time label it cannot parse', () => {
    const html = build({ omit: ['structured-data'] }).replace(/aria-label="3 t"(.*?role="link" tabindex="0"[^>]*><span class="[^"]+">)3 t</, 'aria-label="tre timer siden"$1tre timer siden<');
    expect(html).toContain('tre timer siden');
    const snap = read(html);
    expect(snap.unknownLabels).toContain('tre timer siden');
    expect(snap.posts.filter((p) => p.time === null)).toHaveLength(1);
    expect(snap.status).toBe('partial');
  });

  it('does not count a post twice when it is rendered twice', () => {
    const html = build();
    const first = /<div class="[^"]+" data-pagelet="FeedUnit_1">.*?(?=<div class="[^"]+" data-pagelet="FeedUnit_2">)/s.exec(html)![0];
    const doubled = html.replace(first, first + first);
    expect(doubled.length).toBeGreaterThan(html.length);
    expect(read(doubled).posts).toHaveLength(spec.posts.length);
  });

  it('does not claim «no messaging» when the header hook is renamed', () => {
    const rename = (html: string) => html.replace('data-pagelet="ProfileCover"', 'data-pagelet="ProfileHeaderV2"');
    expect(read(rename(build({ omit: ['messaging'] }))).page.messaging.offered).toBeNull();
    expect(read(rename(build())).page.messaging.offered).toBe(true);
    expect(read(rename(build())).page.followers).toBe(6400);
  });

  it('takes the first page name when two headings carry it', () => {
    const html = build().replace(/<h1 class="([^"]+)">Fjordvik kommune<\/h1>/, '<h1 class="$1">Fjordvik kommune</h1><h1>Fjordvik kommune – arkiv</h1>');
    expect(read(html).page.name).toBe(FJORDVIK_NAME);
  });
});
