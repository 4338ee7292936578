import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopupFor, serveFacebookPage, type Session } from './harness';
import { buildFacebookPage } from '../fixtures/builder/build-page';
import { longFeedSpec, LONG_FEED_URL } from '../fixtures/demo/long-feed';

// The content script scrolling a long feed that grows as the window nears the bottom (as Facebook
// does), opening comments on the way, until the 4-week bound — with progress shown in the popup.
describe('collecting a long infinite-scroll page from the popup', () => {
  let session: Session;
  const now = new Date();
  const spec = longFeedSpec(now);
  const WEEK = 7 * 86_400_000;

  beforeAll(async () => {
    session = await launch();
    await serveFacebookPage(session, LONG_FEED_URL, buildFacebookPage(spec, { now, uiLocale: 'nb', loggedIn: true, infiniteScroll: { initialPosts: 4, batch: 3, delayMs: 700 } }));
  });
  afterAll(async () => session?.close());

  it('scrolls until the 4-week bound, shows progress, and stops there', async () => {
    const page = await session.context.newPage();
    await page.goto(LONG_FEED_URL);
    expect(await page.locator('[aria-posinset]').count()).toBe(4);
    const popup = await openPopupFor(session, page);
    await popup.selectOption('[data-testid=depth]', 'w4');

    // record what the progress line says while the collection runs
    const seen: string[] = [];
    await popup.click('[data-testid=start]');
    await popup.waitForSelector('[data-testid=progress]');
    // as when a person watches the page: a foreground tab's timers are not throttled
    await page.bringToFront();
    const started = Date.now();
    const deadline = Date.now() + 80_000;
    while (Date.now() < deadline) {
      // a short timeout: once the result shows, the progress line is gone
      const text = await popup.textContent('[data-testid=progress-text]', { timeout: 200 }).catch(() => null);
      if (text && seen.at(-1) !== text) seen.push(text);
      if (await popup.$('[data-testid=result], [role=alert]')) break;
      await popup.waitForTimeout(150);
    }
    await popup.waitForSelector('[data-testid=result]', { timeout: 5_000 });
    console.log(`collected in ${Date.now() - started} ms; progress: ${seen.join(' | ')}`);

    // progress counted posts upward, and named an oldest date at some point
    const counts = seen.map((t) => Number(/(\d+)/.exec(t)?.[1] ?? NaN)).filter((n) => Number.isFinite(n));
    expect(counts.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts)).toBeGreaterThan(counts[0]);
    expect(seen.some((t) => t.includes('·'))).toBe(true);

    // the page grew by scrolling, and stopped at the bound instead of reading all 16 weeks
    const inDom = await page.locator('[aria-posinset]').count();
    const within4Weeks = spec.posts.filter((p) => Date.parse(p.at) >= now.getTime() - 4 * WEEK).length;
    expect(inDom).toBeGreaterThan(within4Weeks);
    expect(inDom).toBeLessThan(spec.posts.length - 10);
    expect(await popup.getAttribute('[data-testid=result]', 'data-read-status')).toBe('ok');

    // replies were opened on the posts inside the bound (the feed is newest first), not on older ones
    const closedReplies: number[] = await page.$$eval('[data-pagelet^="FeedUnit_"]', (units) =>
      units
        .filter((u) => Array.from(u.querySelectorAll('[role=button]')).some((b) => /^Vis \d+ svar$/.test((b.textContent ?? '').trim())))
        .map((u) => Number(u.getAttribute('data-pagelet')!.replace('FeedUnit_', ''))),
    );
    const repliesInBound = spec.posts.slice(0, within4Weeks).filter((p) => p.comments?.some((c) => c.replies?.length)).length;
    expect(repliesInBound).toBeGreaterThan(0);
    expect(closedReplies.filter((i) => i < within4Weeks)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});
