import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launch, openPopupFor, serveFacebookPage, type Session } from './harness';
import { runAuditInPopup } from './popup-driver';
import { buildDemoPage, DEMO_URL } from './demo-page';

/** Requests a script can make; the fixture page makes none of its own, so any of these is the extension's. */
const SCRIPTED = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'beacon', 'ping', 'other']);

function frameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return ''; // a service worker's request has no frame
  }
}

/** A request the extension made: from one of its own pages to anywhere outside it, or scripted from the tab. */
function isExtensionRequest(request: Request): boolean {
  const url = request.url();
  if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return false;
  if (frameUrl(request).startsWith('chrome-extension://') || frameUrl(request) === '') return true;
  return SCRIPTED.has(request.resourceType());
}

// Nothing the extension reads may leave the machine: record every request made while a whole
// audit runs (reading, judging, storing, opening the report) and fail on any the extension made.
describe('privacy: an audit makes no network requests of its own', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await serveFacebookPage(session, DEMO_URL, buildDemoPage(new Date()));
  });
  afterAll(async () => session?.close());

  it('the recorder sees the tab’s own requests', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    expect(session.requests.some((r) => r.url() === DEMO_URL && r.resourceType() === 'document')).toBe(true);
    await page.close();
  });

  it('records no request from the extension during a whole audit', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    const popup = await openPopupFor(session, page);
    session.requests.length = 0;
    const result = await runAuditInPopup(popup);
    expect(result.claims).toHaveLength(10);
    const [report] = await Promise.all([session.context.waitForEvent('page'), popup.click('[data-testid=open-report]')]);
    await report.waitForLoadState('domcontentloaded');
    await report.waitForTimeout(500);

    const offending = session.requests.filter(isExtensionRequest).map((r) => ({ url: r.url(), type: r.resourceType(), frame: frameUrl(r) }));
    expect(offending).toEqual([]);
  });

  it('would catch a request made from an extension page', async () => {
    // The check itself must be able to fail: make such a request on purpose and see it flagged.
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    const popup = await openPopupFor(session, page);
    session.requests.length = 0;
    await popup.evaluate(() => fetch('https://collector.example/track').catch(() => undefined));
    await popup.waitForTimeout(200);
    expect(session.requests.filter(isExtensionRequest).map((r) => r.url())).toContain('https://collector.example/track');
  });
});
