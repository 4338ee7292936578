/**
 * Honest states: real captures of layouts the reader does not support, the 2024 Comet capture read
 * through its JSON, and documents that are not a Page. None of them may come out as an `ok` page
 * with nothing in it (which would turn into ten «poor» verdicts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../../../lib/reader/read-page';
import { buildFacebookPage } from '../../fixtures/builder/build-page';
import { buildGroup, buildLoginWall, buildNewsFeed, buildPersonProfile } from '../../fixtures/builder/other-pages';
import { fjordvikSpec, FJORDVIK_URL } from '../../fixtures/demo/fjordvik';

const REAL = resolve(import.meta.dirname, '../../fixtures/real');
const real = (file: string) => parseHTML(readFileSync(resolve(REAL, file), 'utf8')).document;
const now = new Date('2024-08-14T12:00:00Z');

describe('real captures', () => {
  it('reads the 2024 Comet server HTML through its structured data', () => {
    const snap = readPage(real('comet-ssr-2024-restaurant.html'), { url: 'https://www.facebook.com/profile.php?id=100028295814975', now });
    expect(snap.layout).toBe('comet-ssr');
    expect(snap.status).toBe('partial');
    expect(snap.statusDetail).toMatch(/not rendered/);
    expect(snap.uiLocale).toBe('unknown'); // Polish: not an interface language the tables cover
    expect(snap.posts).toHaveLength(1);
    const [post] = snap.posts;
    expect(post.time).toEqual({ from: '2024-08-13T18:32:55.000Z', to: '2024-08-13T18:32:55.000Z', precision: 'exact', source: 'structured-data' });
    expect(post.permalink).toBe('https://www.facebook.com/permalink.php?story_fbid=pfbid0dcnDxDnFgyioPGkFVUBAmULwCScvaTSzro4YSANJo7NiV9GwMRJqDisVM3hc8c19l&id=100028295814975');
    expect(post.id).toBe('pfbid0dcnDxDnFgyioPGkFVUBAmULwCScvaTSzro4YSANJo7NiV9GwMRJqDisVM3hc8c19l');
    expect(post.text).toMatch(/^MENU 14 SIERPNIA\nZUPA DNIA/);
    expect(post.source).toBe('structured-data');
    expect(snap.page.name).toBe('Pół Żartem Pół Serio | Warsaw');
    expect(snap.page.introItems).toEqual(expect.arrayContaining(['Strona · Restauracja ze stekami', 'Wlodarzewska 58S, Warsaw, Poland', 'Otwarte teraz']));
    expect(snap.page.bio).toBe('slow bistro, slow catering mg, catering kuchnie świata');
    expect(snap.coverage.postTimes).toMatchObject({ found: true, source: 'structured-data', count: 1 });
  });

  it('refuses the classic desktop layout', () => {
    const snap = readPage(real('classic-desktop-2017-restaurant.html'), { url: 'https://www.facebook.com/polzartem', now });
    expect(snap).toMatchObject({ layout: 'classic-desktop', status: 'unsupported-layout', posts: [] });
    expect(snap.statusDetail).toMatch(/classic/);
  });

  it('refuses m.facebook.com, by host and by markup', () => {
    for (const url of ['https://m.facebook.com/Nintendo', 'https://www.facebook.com/Nintendo']) {
      const snap = readPage(real('m-facebook-2021-page-feed.html'), { url, now });
      expect(snap).toMatchObject({ layout: 'm-facebook', status: 'unsupported-layout', posts: [] });
    }
  });

  it('refuses mbasic by host', () => {
    const snap = readPage(parseHTML('<html><body><div id="root"><table role="presentation"></table></div></body></html>').document, { url: 'https://mbasic.facebook.com/x', now });
    expect(snap).toMatchObject({ layout: 'mbasic', status: 'unsupported-layout' });
  });
});

describe('documents that are not a readable Page', () => {
  it.each(['nb', 'sv', 'en'] as const)('says login-wall for the %s login page', (locale) => {
    const snap = readPage(parseHTML(buildLoginWall(locale)).document, { url: 'https://www.facebook.com/fjordvikkommune', now });
    expect(snap.status).toBe('login-wall');
    expect(snap.statusDetail).toMatch(/Log in/);
  });

  it('says not-a-page for the news feed, a group and a person', () => {
    expect(readPage(parseHTML(buildNewsFeed('nb')).document, { url: 'https://www.facebook.com/', now }).status).toBe('not-a-page');
    expect(readPage(parseHTML(buildGroup('nb')).document, { url: 'https://www.facebook.com/groups/123', now }).status).toBe('not-a-page');
    const person = readPage(parseHTML(buildPersonProfile('nb')).document, { url: 'https://www.facebook.com/kari.nordmann', now });
    expect(person.status).toBe('not-a-page');
    expect(person.statusDetail).toMatch(/profile/);
  });

  it('says not-a-page for a document that is not Facebook at all', () => {
    const snap = readPage(parseHTML('<html lang="nb"><head><title>Fjordvik kommune</title></head><body><main><h1>Fjordvik kommune</h1><p>Velkommen</p></main></body></html>').document, { url: 'https://www.fjordvik.kommune.no/', now });
    expect(snap).toMatchObject({ status: 'not-a-page', layout: 'unknown', posts: [] });
  });

  it('says empty for a Page without posts, and still reads its intro', () => {
    const spec = { ...fjordvikSpec(now), posts: [] };
    const snap = readPage(parseHTML(buildFacebookPage(spec, { now, uiLocale: 'nb' })).document, { url: FJORDVIK_URL, now });
    expect(snap.status).toBe('empty');
    expect(snap.statusDetail).toMatch(/no posts/);
    expect(snap.page.category).toBe('Kommune');
    expect(snap.coverage.posts).toMatchObject({ found: false, count: 0 });
  });

  it('the demo page itself is ok', () => {
    const snap = readPage(parseHTML(buildFacebookPage(fjordvikSpec(now), { now, uiLocale: 'nb' })).document, { url: FJORDVIK_URL, now });
    expect(snap.status).toBe('ok');
  });

  it('reads a current page whose post links to mbasic or carries old-layout markers', () => {
    const html = buildFacebookPage(fjordvikSpec(now), { now, uiLocale: 'nb' })
      .replace('</body>', '<a href="https://mbasic.facebook.com/fjordvik">mbasic</a><div data-sigil="x"></div><abbr data-utime="1"></abbr></body>');
    const snap = readPage(parseHTML(html).document, { url: FJORDVIK_URL, now });
    expect(snap.layout).toBe('comet');
    expect(snap.status).toBe('ok');
    // without the current layout's hooks the same markers still mean an old layout
    const bare = parseHTML('<html><body><div role="main"><h1>Fjordvik</h1><abbr data-utime="1"></abbr></div></body></html>').document;
    expect(readPage(bare, { url: FJORDVIK_URL, now }).layout).toBe('classic-desktop');
  });
});
