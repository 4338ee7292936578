/**
 * Issue 6's corpus of broken inputs, each through the whole pipeline (read → snapshot → judge) with
 * its expected clear outcome. The rule every case checks: missing data is never «poor» — a page that
 * cannot be read gives a read status that says why, and a lost field makes only the claims that
 * need it unknown while the others are still judged.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { READ_POST_LIMIT, readPage } from '../../../lib/reader/read-page';
import { judgeSnapshot } from '../../../lib/claims/run-claims';
import { PageSnapshotSchema, type PageSnapshot } from '../../../lib/snapshot/schema';
import type { AuditReport } from '../../../lib/claims/report-schema';
import { buildFacebookPage, type OmitPart } from '../../fixtures/builder/build-page';
import { buildLoginWall, buildNewsFeed } from '../../fixtures/builder/other-pages';
import { fjordvikSpec, FJORDVIK_URL } from '../../fixtures/demo/fjordvik';
import { largeSpec } from '../../bench/large-page';

const NOW = new Date('2026-11-20T12:00:00Z');
const REAL = resolve(import.meta.dirname, '../../fixtures/real');

function audit(html: string, url = FJORDVIK_URL): { snapshot: PageSnapshot; report: AuditReport } {
  const { document } = parseHTML(html);
  const snapshot = readPage(document as unknown as Document, { url, now: NOW });
  PageSnapshotSchema.parse(snapshot);
  return { snapshot, report: judgeSnapshot(snapshot, { now: NOW, locale: 'nb' }) };
}
const statuses = (report: AuditReport) => Object.fromEntries(report.claims.map((c) => [c.id, c.status]));
const demo = (omit: OmitPart[] = [], spec = fjordvikSpec(NOW)) => buildFacebookPage(spec, { now: NOW, uiLocale: 'nb', loggedIn: true, omit });

describe('pages that cannot be audited say why, with ten unknown verdicts and no «poor»', () => {
  const cases: [string, () => string, string, string][] = [
    ['not a Facebook page', () => '<!doctype html><html lang="nb"><body><h1>Fjordvik kommune</h1><p>Velkommen!</p></body></html>', 'https://www.fjordvik.kommune.no/', 'not-a-page'],
    ['the news feed', () => buildNewsFeed('nb'), 'https://www.facebook.com/', 'not-a-page'],
    ['a login wall', () => buildLoginWall('nb'), FJORDVIK_URL, 'login-wall'],
    ['m.facebook.com (real capture)', () => readFileSync(resolve(REAL, 'm-facebook-2021-page-feed.html'), 'utf8'), 'https://m.facebook.com/Nintendo', 'unsupported-layout'],
    ['classic desktop (real capture)', () => readFileSync(resolve(REAL, 'classic-desktop-2017-restaurant.html'), 'utf8'), 'https://www.facebook.com/polzartem', 'unsupported-layout'],
    ['mbasic', () => '<html><body><div id="objects_container"><div><a href="/story.php?story_fbid=1">Full Story</a></div></div></body></html>', 'https://mbasic.facebook.com/fjordvik', 'unsupported-layout'],
    ['an empty document at a Page URL', () => '', FJORDVIK_URL, 'unsupported-layout'],
  ];
  for (const [name, html, url, status] of cases) {
    it(name, () => {
      const { snapshot, report } = audit(html(), url);
      expect(snapshot.status).toBe(status);
      expect(snapshot.statusDetail?.length).toBeGreaterThan(10);
      expect(report.readStatus).toBe(status);
      expect(report.claims.every((c) => c.status === 'unknown')).toBe(true);
      for (const claim of report.claims) expect(claim.summary.length).toBeGreaterThan(10);
    });
  }
});

describe('a Page with no posts', () => {
  it('is «empty»: the intro is still read, and no post-based claim is poor', () => {
    const { snapshot, report } = audit(demo([], { ...fjordvikSpec(NOW), posts: [] }));
    expect(snapshot.status).toBe('empty');
    expect(snapshot.page.name).toBe('Fjordvik kommune');
    for (const id of ['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H10'] as const) {
      expect(report.claims.find((c) => c.id === id)?.status).not.toBe('poor');
    }
  });
});

describe('hooks removed one at a time: the reader says which field it lost, the other claims are still judged', () => {
  const baseline = statuses(audit(demo()).report);
  const cases: [OmitPart, string, string[], string[]][] = [
    // [hook removed, coverage field that must report it, claims that may change, claims that must stay as with all hooks]
    ['permalinks', 'postTimes', ['H1', 'H2', 'H7'], ['H5', 'H9']],
    ['hours', 'hours', ['H9'], ['H1', 'H5', 'H7']],
    ['comments', 'comments', ['H2'], ['H1', 'H5', 'H9']],
    ['counts', 'counts', ['H3'], ['H1', 'H5', 'H9']],
    ['messaging', 'messaging', ['H10'], ['H1', 'H5', 'H9']],
    ['intro', 'bio', ['H8', 'H9'], ['H1', 'H5', 'H7']],
  ];
  for (const [hook, field, mayChange, mustStay] of cases) {
    it(`without ${hook}`, () => {
      const { snapshot, report } = audit(demo([hook]));
      const coverage = snapshot.coverage[field as keyof PageSnapshot['coverage']];
      expect(coverage, `coverage.${field}`).toBeDefined();
      if (hook === 'comments') expect(coverage?.count).toBe(0);
      // the header was read and has no «Send melding»: messaging is known to be off, not lost
      else if (hook === 'messaging') expect(snapshot.page.messaging.offered).toBe(false);
      else expect(coverage?.found).toBe(false);
      const now = statuses(report);
      for (const id of mustStay) expect(now[id], id).toBe(baseline[id]);
      for (const id of mayChange) expect(now[id], id).not.toBe('poor');
      expect(Object.values(now).filter((s) => s !== 'unknown').length).toBeGreaterThanOrEqual(5);
    });
  }
});

describe('posts without dates', () => {
  it('leaves the time-based claims unknown and judges the text ones', () => {
    const { report } = audit(demo(['permalinks', 'structured-data']));
    const s = statuses(report);
    expect(s.H1).toBe('unknown');
    expect(report.window).toBeNull();
    expect(s.H5).not.toBe('unknown');
  });
});

describe('a very large page', () => {
  it('is read up to the reader’s limit of posts, says so, and is judged (no runaway work)', () => {
    const html = buildFacebookPage(largeSpec(NOW, 10_000, 0, 1), { now: NOW, uiLocale: 'nb', loggedIn: true, structuredPosts: 0 });
    const { document } = parseHTML(html);
    const snapshot = readPage(document as unknown as Document, { url: FJORDVIK_URL, now: NOW });
    const report = judgeSnapshot(snapshot, { now: NOW, locale: 'nb' });
    console.log(`10,000-post page: ${snapshot.posts.length} posts read, status ${snapshot.status}`);
    expect(snapshot.posts).toHaveLength(READ_POST_LIMIT);
    expect(READ_POST_LIMIT).toBeLessThan(10_000);
    // the first posts of the feed, in order
    expect(snapshot.posts[0].id).toBe(readPage(parseHTML(buildFacebookPage(largeSpec(NOW, 3, 0, 1), { now: NOW, uiLocale: 'nb', loggedIn: true, structuredPosts: 0 })).document as unknown as Document, { url: FJORDVIK_URL, now: NOW }).posts[0].id);
    expect(snapshot.coverage.posts).toMatchObject({ found: true, count: READ_POST_LIMIT, noteKey: 'coverage.note.postCap', noteParams: { cap: READ_POST_LIMIT } });
    expect(report.claims).toHaveLength(10);
  }, 120_000);
});

describe('text in every script, with emoji', () => {
  it('is read and judged without errors, and kept as plain text', () => {
    const texts = [
      'Hei 👋🏽 alle sammen! 🇳🇴🎉 Velkommen til 17. mai-feiring i sentrum 🥳',
      'مرحبا بكم في فيوردفيك — معلومات عن المدرسة',
      'Добро пожаловать! Информация для украинских беженцев 🇺🇦',
      '欢迎来到峡湾镇。学校信息',
      'ሰላም ለሁላችሁ — ትምህርት ቤት መረጃ',
      'Sámegiella: Buorre beaivi! Mii leat ilus 🦌',
      '<img src=x onerror=alert(1)> & "quotes" \u0000 \u202e reversed \u200d zero-width',
      '𝔉𝔧𝔬𝔯𝔡𝔳𝔦𝔨 𝕜𝕠𝕞𝕞𝕦𝕟𝕖 👨‍👩‍👧‍👦 🏳️‍🌈',
    ];
    const spec = fjordvikSpec(NOW);
    spec.posts = spec.posts.map((p, i) => ({ ...p, text: texts[i % texts.length] }));
    const { snapshot, report } = audit(demo([], spec));
    expect(snapshot.posts.map((p) => p.text)).toEqual(expect.arrayContaining([texts[1], texts[3], texts[7]]));
    expect(snapshot.posts.find((p) => p.text.includes('onerror'))?.text).toContain('<img src=x onerror=alert(1)>');
    expect(report.claims.filter((c) => c.error)).toEqual([]);
  });
});
