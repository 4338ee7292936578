import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../.output/chrome-mv3');
export const POPUP_SIZE = { width: 420, height: 640 };

/** Fails loudly (never skips) when what the end-to-end tests need is not there. */
export function assertBrowserAndBuild(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. The end-to-end tests need Debian's chromium: ` +
        'run `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH).',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The built extension is missing at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
}

/** Chrome derives an unpacked extension's id from its absolute path: sha256, first 32 hex digits mapped to a–p. */
export function extensionIdFor(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** every request any page or the extension made, in order */
  requests: Request[];
  close(): Promise<void>;
}

/** Starts Debian's Chromium with the built extension loaded and a fresh profile. */
export async function launch(options: { headed?: boolean } = {}): Promise<Session> {
  assertBrowserAndBuild();
  const profile = mkdtempSync(join(tmpdir(), 'kommunesjekk-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !options.headed,
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=nb-NO',
    ],
  });
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  // No request may reach the network: anything not routed to a fixture is refused here.
  await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
  return {
    context,
    extensionId: extensionIdFor(EXTENSION_DIR),
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves `html` at a www.facebook.com URL: the request is answered from the fixture, nothing goes out. */
export async function serveFacebookPage(session: Session, url: string, html: string): Promise<void> {
  const target = new URL(url);
  await session.context.route(
    (u) => u.hostname === target.hostname && u.pathname.replace(/\/$/, '') === target.pathname.replace(/\/$/, ''),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/** Opens the popup for the tab showing `page`, at the popup's real size. */
export async function openPopupFor(session: Session, page: Page): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  const base = `chrome-extension://${session.extensionId}/popup.html`;
  await popup.goto(base);
  // As when a person clicks the toolbar button: the page's tab is the active one.
  await page.bringToFront();
  const tabId = await popup.evaluate(async () => {
    const [tab]: { id?: number }[] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (tabId === null) throw new Error(`No active tab for ${page.url()}`);
  await popup.goto(`${base}?tab=${tabId}`);
  return popup;
}

/** Reads the ten badges the popup shows: claim id → status. */
export async function readBadges(popup: Page): Promise<Record<string, string>> {
  return popup.$$eval('[data-claim]', (rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-claim'), row.getAttribute('data-status')])),
  );
}
