/**
 * `npm run demo`: the product's main job on the bundled demo page.
 * Builds nothing itself (npm runs `wxt build` first); starts Chromium with the built extension,
 * serves the demo municipality's page at a www.facebook.com URL (no network), runs the audit
 * through the real popup, prints the ten verdicts and writes screenshots to artifacts/.
 * `npm run demo -- --headed` shows the browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium';
import { launch, openPopupFor, serveFacebookPage } from './harness';
import { runAuditInPopup } from './popup-driver';
import { buildDemoPage, DEMO_URL } from './demo-page';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');
const ICON: Record<string, string> = { pass: '✓', 'could-improve': '!', poor: '✕', unknown: '?' };

async function main() {
  ensureChromium();
  const headed = process.argv.includes('--headed');
  mkdirSync(ARTIFACTS, { recursive: true });
  const now = new Date();
  const session = await launch({ headed });
  try {
    const html = buildDemoPage(now);
    await serveFacebookPage(session, DEMO_URL, html);
    // the same page as a saved file, for the offline audit: npm run audit -- artifacts/fjordvik-demo.html
    writeFileSync(resolve(ARTIFACTS, 'fjordvik-demo.html'), html);
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    const popup = await openPopupFor(session, page);
    const result = await runAuditInPopup(popup);
    // as the popup shows itself (420 × 640), and whole
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup.png') });
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-full.png'), fullPage: true });

    console.log(`\nKommunesjekk — ${result.pageName ?? DEMO_URL}`);
    console.log(result.overall);
    console.log(result.window);
    console.log('');
    for (const claim of result.claims) {
      console.log(`${claim.id.padEnd(4)} ${ICON[claim.status] ?? ' '} ${claim.statusLabel.padEnd(16)} ${claim.title}`);
      console.log(`       ${claim.summary}`);
    }

    const [report] = await Promise.all([session.context.waitForEvent('page'), popup.click('[data-testid=open-report]')]);
    await report.waitForSelector('[data-claim]');
    await report.setViewportSize({ width: 1100, height: 900 });
    await report.screenshot({ path: resolve(ARTIFACTS, 'report.png') });
    console.log(`\nScreenshots: ${resolve(ARTIFACTS, 'popup.png')}, ${resolve(ARTIFACTS, 'report.png')}`);
    console.log(`The demo page as a saved file: ${resolve(ARTIFACTS, 'fjordvik-demo.html')} (try: npm run audit -- artifacts/fjordvik-demo.html)`);
    if (headed) await page.waitForTimeout(15_000);
  } finally {
    await session.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
