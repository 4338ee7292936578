import type { Page } from 'playwright-core';

export interface PopupClaim {
  id: string;
  status: string;
  statusLabel: string;
  title: string;
  summary: string;
}

/** Does what a person does in the popup: press «Sjekk siden», wait for the verdicts, read them. */
export async function runAuditInPopup(popup: Page, options: { timeoutMs?: number } = {}) {
  await popup.click('[data-testid=start]');
  await popup.waitForSelector('[data-testid=result], [role=alert]', { timeout: options.timeoutMs ?? 60_000 });
  const alert = await popup.$('[role=alert]');
  if (alert && !(await popup.$('[data-testid=result]'))) throw new Error(`The popup reports an error: ${await alert.textContent()}`);
  return readResult(popup);
}

export async function readResult(popup: Page) {
  const claims: PopupClaim[] = await popup.$$eval('[data-claim]', (rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-claim') ?? '',
      status: row.getAttribute('data-status') ?? '',
      statusLabel: row.querySelector('.badge__label')?.textContent ?? '',
      title: row.querySelector('.claim__title')?.textContent ?? '',
      summary: row.querySelector('.claim__summary')?.textContent ?? '',
    })),
  );
  return {
    claims,
    overall: (await popup.textContent('[data-testid=overall]')) ?? '',
    window: (await popup.textContent('[data-testid=window]')) ?? '',
    pageName: await popup.$eval('[data-testid=result]', (el) => el.getAttribute('data-page-name')).catch(() => null),
  };
}
