import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopupFor, serveFacebookPage, type Session } from './harness';
import { runAuditInPopup } from './popup-driver';
import { buildDemoPage, demoSpecFacts, DEMO_URL } from './demo-page';

// The walking skeleton end to end: the built extension in Chromium, the demo page at a
// www.facebook.com URL, the popup opened for that tab, the badges read as a person sees them.
describe('audit of the demo page through the real popup', () => {
  let session: Session;
  const now = new Date();

  beforeAll(async () => {
    session = await launch();
    await serveFacebookPage(session, DEMO_URL, buildDemoPage(now));
    await session.context.route('https://example.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Ikke Facebook</h1>' }),
    );
  });
  afterAll(async () => session?.close());
  // a failed test must not leave its tabs behind for the next one
  afterEach(async () => {
    await Promise.all(session.context.pages().map((p) => p.close()));
  });

  it('shows ten badges, with H1 and H9 judged from what the page shows', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    const popup = await openPopupFor(session, page);
    const result = await runAuditInPopup(popup);

    expect(result.claims.map((c) => c.id)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9', 'H10']);
    for (const claim of result.claims) {
      expect(['pass', 'could-improve', 'poor', 'unknown']).toContain(claim.status);
      expect(claim.summary.length).toBeGreaterThan(10);
    }
    // H1 against the demo's post dates in the default 4 weeks, counted here from its data.
    const facts = demoSpecFacts(now);
    const h1 = result.claims.find((c) => c.id === 'H1');
    expect(h1?.status).toBe(facts.expectedH1);
    expect(h1?.summary).toContain(`${facts.posts} innlegg`);
    // The demo's intro shows opening hours → H9 «Bra».
    expect(facts.hasHours).toBe(true);
    expect(result.claims.find((c) => c.id === 'H9')?.status).toBe('pass');
    expect(result.claims.find((c) => c.id === 'H9')?.statusLabel).toBe('Bra');
    expect(result.window).toContain(String(facts.posts));
    await expect(popup.textContent('body')).resolves.toContain('Lagret i historikken');
    await popup.close();
    await page.close();
  });

  it('opens the report page of the saved audit', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    const popup = await openPopupFor(session, page);
    await runAuditInPopup(popup);
    const [report] = await Promise.all([session.context.waitForEvent('page'), popup.click('[data-testid=open-report]')]);
    await report.waitForSelector('[data-claim]');
    expect(await report.textContent('[data-testid=report-page-name]')).toContain('Fjordvik kommune');
    expect(await report.$$('[data-claim]')).toHaveLength(10);
    await Promise.all([report.close(), popup.close(), page.close()]);
  });

  it('says so when the tab is not a Facebook page', async () => {
    const page = await session.context.newPage();
    await page.goto('https://example.org/');
    const popup = await openPopupFor(session, page);
    await popup.waitForSelector('[data-notice]');
    expect(await popup.textContent('[data-notice]')).toContain('ikke en Facebook-side');
    expect(await popup.$('[data-testid=start]')).toBeNull();
    await Promise.all([popup.close(), page.close()]);
  });
});
