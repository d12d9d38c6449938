// The back office in the built app: a consultant's tablet makes a case and syncs it; the teamleider, on a laptop
// (1440×900) and on a tablet, sees it in the municipality's caseload with its PIP deadline, filters it, and the
// consultant's own screens offer no back office. Axe-clean; screenshots for the docs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { demoLogin, loginTablet, type Credentials } from './lib/account';
import { startServer, type RunningServer } from './lib/server';
import { makeCaseInApp } from './lib/newCase';

const SHOTS = 'docs/screenshots';
const LAPTOP = { width: 1440, height: 900 };
const TEAMLEIDER = 'teamleider@demo.samenspraak.nl';
let server: RunningServer;
let browser: Browser;
let demo: Credentials;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startServer();
  demo = await demoLogin(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the back office', () => {
  it('shows the teamleider the case a consultant made, with its PIP deadline, on a laptop and a tablet', async () => {
    const tablet: Page = await (await browser.newContext({ viewport: TABLET_LANDSCAPE })).newPage();
    await loginTablet(tablet, server, demo, 'tablet consulent');
    await makeCaseInApp(tablet, 'Samira Haddad', 'العربية');
    await tablet.locator('#registration-date-input').fill(daysFromNow(-60));
    await tablet.getByRole('button', { name: 'Datum bewaren' }).click();
    await expect.poll(() => tablet.getByTestId('send-state').textContent(), { timeout: 20_000 }).toContain('staat op de server');
    expect(await tablet.getByRole('button', { name: 'Team' }).count()).toBe(0);
    await tablet.context().close(); // the tablet leaves: the server stores the case and its back-office rows

    const laptop: Page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await loginTablet(laptop, server, { email: TEAMLEIDER, password: demo.password }, 'laptop team');
    await laptop.getByRole('button', { name: 'Team' }).click();
    const row = laptop.getByTestId('caseload-row').filter({ hasText: 'Samira Haddad' });
    await expect
      .poll(
        async () => {
          // The server writes a case's back-office rows when it stores the case: ask again until it has.
          if ((await row.count()) === 0) {
            await laptop.getByRole('button', { name: 'Samenspraak' }).click();
            await laptop.getByRole('button', { name: 'Team' }).click();
            await laptop.getByTestId('caseload').or(laptop.getByText('Geen gesprekken die hierbij passen.')).waitFor();
          }
          return row.count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    expect(await row.textContent()).toContain('PIP uiterlijk');
    expect(await row.textContent()).toContain('Arabisch');
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-laptop-backoffice-caseload.png` });

    // The same list for a spreadsheet.
    const [download] = await Promise.all([laptop.waitForEvent('download'), laptop.getByRole('button', { name: 'Downloaden als CSV (spreadsheet)' }).click()]);
    expect(download.suggestedFilename()).toBe('caseload.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/^caseId,name,[^\n]*\r\n[^\n]*,Samira Haddad,ar,[^,]*,consulent@demo\.samenspraak\.nl,/);

    await laptop.getByLabel('Termijn').selectOption('overdue');
    await expect.poll(() => laptop.getByText('Geen gesprekken die hierbij passen.').count()).toBe(1);
    await laptop.getByLabel('Termijn').selectOption('soon');
    await expect.poll(() => row.count()).toBe(1);
    await laptop.setViewportSize(TABLET_LANDSCAPE);
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-landscape-backoffice-caseload.png` });
  });
});
