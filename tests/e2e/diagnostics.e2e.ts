import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopupFor, serveFacebookPage, type Session } from './harness';
import { buildFacebookPage } from '../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_URL } from '../fixtures/demo/fjordvik';

// A page the reader cannot read fully (the permalinks, and so the post times, are gone): the popup
// offers a diagnostics file; it keeps the structure and Facebook's labels, and none of the page's text.
describe('diagnostics file for a page that could not be read fully', () => {
  let session: Session;
  const now = new Date();
  beforeAll(async () => {
    session = await launch();
    const html = buildFacebookPage(fjordvikSpec(now), { now, uiLocale: 'nb', loggedIn: true, omit: ['permalinks', 'structured-data'] });
    await serveFacebookPage(session, FJORDVIK_URL, html);
  });
  afterAll(async () => session?.close());

  it('is offered, saved as a file, and holds no text of the page or of people', async () => {
    const page = await session.context.newPage();
    await page.goto(FJORDVIK_URL);
    const popup = await openPopupFor(session, page);
    await popup.click('[data-testid=start]');
    await popup.waitForSelector('[data-testid=result]', { timeout: 60_000 });
    expect(await popup.getAttribute('[data-testid=result]', 'data-read-status')).toBe('partial');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-testid=diagnostics]')]);
    expect(download.suggestedFilename()).toMatch(/^kommunesjekk-diagnose-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('role="feed"');
    expect(text).toContain('role="article"');
    // the page's name, its posts and the citizens' names are not in it
    for (const secret of ['Fjordvik', 'Storgata', 'vannbrudd', 'Kari Nordmann', 'fjordvikkommune']) expect(text).not.toContain(secret);
    await popup.waitForSelector('[data-testid=diagnostics-status]');
  });
});
