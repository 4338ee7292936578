import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopupFor, serveFacebookPage, type Session } from './harness';
import { runAuditInPopup } from './popup-driver';
import { buildDemoPage, DEMO_URL } from './demo-page';

// Nothing the extension reads may leave the machine: record every request made while a whole
// audit runs and fail on any that is not the tab loading its own (fixture) page.
describe('privacy: an audit makes no network requests of its own', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await serveFacebookPage(session, DEMO_URL, buildDemoPage(new Date()));
  });
  afterAll(async () => session?.close());

  it('records only the page navigation and extension-local resources', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    const popup = await openPopupFor(session, page);
    session.requests.length = 0;
    const result = await runAuditInPopup(popup);
    expect(result.claims).toHaveLength(10);
    const [report] = await Promise.all([session.context.waitForEvent('page'), popup.click('[data-testid=open-report]')]);
    await report.waitForSelector('[data-claim]');

    const offending = session.requests
      .map((r) => ({ url: r.url(), type: r.resourceType(), frame: r.frame()?.url() ?? '' }))
      .filter((r) => !r.url.startsWith('chrome-extension://'))
      .filter((r) => !(r.type === 'document' && r.url === DEMO_URL));
    expect(offending).toEqual([]);
    // The recorder works: the extension's own pages were seen loading.
    expect(session.requests.some((r) => r.url().startsWith('chrome-extension://'))).toBe(true);
  });
});
