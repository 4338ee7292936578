import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPopupFor, serveFacebookPage, type Session } from './harness';
import { runAuditInPopup } from './popup-driver';
import { buildDemoPage, DEMO_URL } from './demo-page';

/**
 * The extension is a guest on a page the user is working in: until the user starts an audit its
 * content script only listens, and once an audit is over nothing of it keeps working on the page.
 * The page itself records every change to its DOM and every scroll (the fixture page has no script
 * of its own that would make any).
 */
async function recordedPage(session: Session): Promise<{ page: Page; extensionWorlds: () => string[] }> {
  const page = await session.context.newPage();
  // which script worlds run in the page: a content script gets its own, named after the extension
  const worlds: string[] = [];
  const cdp = await session.context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', (event: { context: { name: string; auxData?: { type?: string } } }) => {
    if (event.context.auxData?.type === 'isolated') worlds.push(event.context.name);
  });
  await cdp.send('Runtime.enable');
  await page.addInitScript(() => {
    const log = { mutations: 0, scrolls: 0 };
    (window as unknown as { __guest: typeof log }).__guest = log;
    // the parser's own insertions do not count: those still queued when parsing ends are dropped
    let parsing = true;
    const observer = new MutationObserver((records) => {
      if (!parsing) log.mutations += records.length;
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'loading') return;
      observer.takeRecords();
      parsing = false;
    });
    addEventListener('scroll', () => log.scrolls++, { capture: true, passive: true });
  });
  await page.goto(DEMO_URL);
  return { page, extensionWorlds: () => worlds };
}

const activity = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { __guest: { mutations: number; scrolls: number } }).__guest, y: window.scrollY }));

describe('a good guest on the page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await serveFacebookPage(session, DEMO_URL, buildDemoPage(new Date()));
  });
  afterAll(async () => session?.close());

  it('does nothing on a Facebook page until an audit is started: no change to the page, no scrolling', async () => {
    const { page, extensionWorlds } = await recordedPage(session);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500); // the content script runs at document_idle; give it time to misbehave
    // it did run in the page (else this test would prove nothing)
    expect(extensionWorlds()).toContain('Kommunesjekk');
    expect(await activity(page)).toEqual({ mutations: 0, scrolls: 0, y: 0 });
    // and the recorder does see a change when one is made
    await page.evaluate(() => document.body.setAttribute('data-probe', '1'));
    expect((await activity(page)).mutations).toBe(1);
    await page.close();
  });

  it('leaves nothing working on the page once an audit is done', async () => {
    const { page } = await recordedPage(session);
    const popup = await openPopupFor(session, page);
    const result = await runAuditInPopup(popup);
    expect(result.claims).toHaveLength(10);
    const during = await activity(page);
    // the audit itself opened «Se mer» and the comments and scrolled: the recorder saw it
    expect(during.mutations + during.scrolls).toBeGreaterThan(0);
    await page.waitForTimeout(2000);
    const after = await activity(page);
    expect({ mutations: after.mutations - during.mutations, scrolls: after.scrolls - during.scrolls, y: after.y }).toEqual({ mutations: 0, scrolls: 0, y: during.y });
    await popup.close();
    await page.close();
  });

  it('leaves nothing working on the page once an audit is cancelled', async () => {
    const { page } = await recordedPage(session);
    const popup = await openPopupFor(session, page);
    await popup.click('[data-testid=start]');
    await popup.waitForSelector('[data-testid=progress]');
    await popup.click('[data-testid=cancel]');
    await popup.waitForSelector('[data-testid=start]', { timeout: 20_000 });
    const cancelled = await activity(page);
    await page.waitForTimeout(2000);
    const after = await activity(page);
    expect({ mutations: after.mutations - cancelled.mutations, scrolls: after.scrolls - cancelled.scrolls, y: after.y }).toEqual({ mutations: 0, scrolls: 0, y: cancelled.y });
    await popup.close();
    await page.close();
  });
});
