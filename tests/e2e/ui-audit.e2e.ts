import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPopupFor, serveFacebookPage, type Session } from './harness';
import { runAuditInPopup } from './popup-driver';
import { buildFacebookPage } from '../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_URL } from '../fixtures/demo/fjordvik';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');

// The popup and the report page as a communication officer uses them: start an audit, watch it
// read, open a claim, click its evidence and see the post outlined on the page, audit again and
// find both audits in the page's history.
describe('ui: audit, claim details, evidence highlight and history', () => {
  let session: Session;
  const now = new Date();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await launch();
    // Posts load in batches as the page scrolls, as on Facebook, so the progress is there to see.
    await serveFacebookPage(
      session,
      FJORDVIK_URL,
      buildFacebookPage(fjordvikSpec(now), { now, uiLocale: 'nb', loggedIn: true, infiniteScroll: { initialPosts: 4, batch: 4, delayMs: 400 } }),
    );
  });
  afterAll(async () => session?.close());

  async function openDemo(): Promise<{ page: Page; popup: Page }> {
    const page = await session.context.newPage();
    await page.goto(FJORDVIK_URL);
    return { page, popup: await openPopupFor(session, page) };
  }

  it('shows progress while reading, then ten badges; a claim opens to figures, wording and evidence that highlights the post', async () => {
    const { page, popup } = await openDemo();
    await popup.waitForSelector('[data-testid=start]');
    expect(await popup.$eval('[data-testid=depth]', (el) => (el as HTMLSelectElement).selectedOptions[0].textContent)).toBe('4 uker');
    await popup.screenshot({ path: resolve(ARTIFACTS, 'ui-popup-ready.png'), fullPage: true });

    await popup.click('[data-testid=start]');
    await popup.waitForSelector('[data-testid=progress]');
    await popup.waitForFunction(() => /\d+ innlegg funnet/.test(document.querySelector('[data-testid=progress-text]')?.textContent ?? ''));
    await popup.screenshot({ path: resolve(ARTIFACTS, 'ui-popup-progress.png'), fullPage: true });

    await popup.waitForSelector('[data-testid=result]', { timeout: 60_000 });
    expect(await popup.$$('[data-claim]')).toHaveLength(10);
    expect(await popup.textContent('[data-testid=overall]')).toMatch(/^\d+ av 10 påstander er bra$/);
    await popup.screenshot({ path: resolve(ARTIFACTS, 'ui-popup-result.png'), fullPage: true });
    // the badges must also read without colour (greyscale print, colour blindness): look at this one
    const grey = await popup.addStyleTag({ content: 'html { filter: grayscale(1); }' });
    await popup.screenshot({ path: resolve(ARTIFACTS, 'ui-popup-greyscale.png'), fullPage: true });
    await grey.evaluate((el) => (el as Element).remove());

    // H7: the demo's water-main break is a service notice; its evidence is that post.
    await popup.click('[data-claim=H7] .claim__toggle');
    const details = await popup.waitForSelector('[data-testid=details-H7]');
    expect(await details.$('.metrics')).not.toBeNull();
    expect(await details.textContent()).toContain('KS-rapporten');
    const evidence = await details.$$('.evidence__button');
    expect(evidence.length).toBeGreaterThan(0);
    expect(await evidence[0].textContent()).toMatch(/vannbrudd/i);
    await popup.screenshot({ path: resolve(ARTIFACTS, 'ui-popup-claim-open.png'), fullPage: true });

    await evidence[0].click();
    await popup.waitForSelector('[data-testid=highlight-status][data-outcome=found]');
    // The content script outlined the post on the Facebook page.
    const frame = await page.waitForSelector('#kommunesjekk-highlight', { state: 'attached' });
    const box = await frame.boundingBox();
    expect(box && box.height).toBeGreaterThan(20);
    await page.screenshot({ path: resolve(ARTIFACTS, 'ui-page-highlight.png') });
    await Promise.all([popup.close(), page.close()]);
  });

  it('audits twice and shows both audits in the history of the page', async () => {
    for (let i = 0; i < 2; i++) {
      const { page, popup } = await openDemo();
      // the page was audited before: the popup says when, and how it went
      expect(await (await popup.waitForSelector('[data-testid=last-audit]')).textContent()).toMatch(/Sist sjekket .*: \d+ av 10 bra/);
      await runAuditInPopup(popup);
      if (i === 0) {
        await Promise.all([popup.close(), page.close()]);
        continue;
      }
      const [report] = await Promise.all([session.context.waitForEvent('page'), popup.click('[data-testid=open-report]')]);
      await report.waitForSelector('[data-testid=history-table]');
      await report.setViewportSize({ width: 1100, height: 900 });
      // Three audits of this page exist now (one from the first test): each is a column of the history.
      expect(await report.textContent('[data-testid=history-count]')).toBe('3 sjekker av siden');
      expect(await report.$$('[data-testid=history-table] thead th[data-audit-column]')).toHaveLength(3);
      expect(await report.$$('[data-history-claim]')).toHaveLength(10);
      // posts per week: at least the four weeks read, with bars for weeks that had posts
      const bars = await report.$$eval('[data-testid=chart-posts] [data-week]', (gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
      expect(bars.length).toBeGreaterThanOrEqual(4);
      expect(bars.some((v) => v > 0)).toBe(true);
      expect(await report.$$('[data-testid=chart-replies] [data-week]')).not.toHaveLength(0);
      // every claim in the report has its advice from the KS report
      expect(await report.$$('.claim__advice')).toHaveLength(10);
      await report.screenshot({ path: resolve(ARTIFACTS, 'ui-report.png'), fullPage: true });
      await report.screenshot({ path: resolve(ARTIFACTS, 'ui-report-top.png') });
      await (await report.$('[data-testid=history]'))!.screenshot({ path: resolve(ARTIFACTS, 'ui-report-history.png') });
      // The print stylesheet: no buttons or navigation on paper, the evidence folded away on screen printed too.
      await report.emulateMedia({ media: 'print' });
      expect(await report.isVisible('[data-testid=export-json]')).toBe(false);
      expect(await report.isVisible('.report__nav')).toBe(false);
      expect(await report.isVisible('[data-testid=override-open-H1]')).toBe(false);
      const folded = await report.$('.evidence__more .evidence__item');
      if (folded) expect(await folded.isVisible()).toBe(true);
      await report.screenshot({ path: resolve(ARTIFACTS, 'ui-report-print.png') });
      await report.emulateMedia({ media: 'screen' });

      // Evidence in the report is shown on the page too, in the tab that has it open.
      await report.click('[data-testid=details-H7] .evidence__button');
      await report.waitForSelector('[data-testid=highlight-status][data-outcome=found]');
      await page.waitForSelector('#kommunesjekk-highlight', { state: 'attached' });
      await Promise.all([report.close(), popup.close(), page.close()]);
    }
  });

  it('cancels a running audit and is ready to start again, with nothing saved', async () => {
    const { page, popup } = await openDemo();
    await popup.waitForSelector('[data-testid=start]');
    const before = await popup.evaluate(async () => {
      const open = indexedDB.open('kommunesjekk');
      const db: IDBDatabase = await new Promise((ok, fail) => ((open.onsuccess = () => ok(open.result)), (open.onerror = () => fail(open.error))));
      const count: number = await new Promise((ok) => {
        const req = db.transaction('audits').objectStore('audits').count();
        req.onsuccess = () => ok(req.result);
      });
      db.close();
      return count;
    });
    await popup.click('[data-testid=start]');
    await popup.waitForSelector('[data-testid=progress]');
    await popup.click('[data-testid=cancel]');
    await popup.waitForSelector('[data-testid=start]', { timeout: 20_000 });
    expect(await popup.$('[data-testid=result]')).toBeNull();
    expect(await popup.$('[role=alert]')).toBeNull();
    const after = await popup.evaluate(async () => {
      const open = indexedDB.open('kommunesjekk');
      const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
      const count: number = await new Promise((ok) => {
        const req = db.transaction('audits').objectStore('audits').count();
        req.onsuccess = () => ok(req.result);
      });
      db.close();
      return count;
    });
    expect(after).toBe(before);
    await Promise.all([popup.close(), page.close()]);
  });

  it('says plainly when Facebook shows a login wall, and keeps nothing in the history', async () => {
    const url = 'https://www.facebook.com/innloggingsvegg';
    await serveFacebookPage(
      session,
      url,
      '<!doctype html><html lang="nb"><body><div role="banner"><form id="login_form" method="post" action="https://www.facebook.com/login/">' +
        '<input name="email" aria-label="E-post eller telefon"><input name="pass" type="password" aria-label="Passord"></form></div></body></html>',
    );
    const page = await session.context.newPage();
    await page.goto(url);
    const popup = await openPopupFor(session, page);
    await popup.click('[data-testid=start]');
    await popup.waitForSelector('[data-testid=result][data-read-status=login-wall]');
    expect(await popup.textContent('[data-testid=read-status]')).toContain('Facebook ber deg logge inn');
    expect(await popup.$$('[data-claim]')).toHaveLength(0);
    expect(await popup.$('[data-testid=open-report]')).toBeNull();
    expect(await popup.textContent('[data-testid=saved]')).toContain('Ikke lagret');
    await popup.screenshot({ path: resolve(ARTIFACTS, 'ui-popup-login-wall.png'), fullPage: true });
    await Promise.all([popup.close(), page.close()]);
  });

  it('a manual override shows both the overridden and the measured status, and survives a reload', async () => {
    const report = await session.context.newPage();
    await report.goto(`chrome-extension://${session.extensionId}/report.html`);
    await report.waitForSelector('[data-claim=H8]');
    const measured = await report.getAttribute('[data-claim=H8]', 'data-measured');
    const target = measured === 'pass' ? 'poor' : 'pass';
    await report.click('[data-testid=override-open-H8]');
    await report.selectOption('[data-testid=override-form-H8] [data-testid=override-status]', target);
    await report.fill('[data-testid=override-form-H8] [data-testid=override-note]', 'Reglene står i et festet innlegg');
    await report.click('[data-testid=override-form-H8] [data-testid=override-save]');
    await report.waitForSelector(`[data-claim=H8][data-status=${target}]`);
    await report.reload();
    await report.waitForSelector(`[data-claim=H8][data-status=${target}][data-measured=${measured}]`);
    const info = await report.textContent('[data-claim=H8] [data-testid=override-info]');
    expect(info).toContain('Reglene står i et festet innlegg');
    expect(info).toContain('Målt:');
    await report.close();
  });
});
