// The back office in the built app: a consultant's tablet makes a case and syncs it; the teamleider, on a laptop
// (1440×900) and on a tablet, sees it in the municipality's caseload with its PIP deadline, filters it, and the
// consultant's own screens offer no back office. Axe-clean; screenshots for the docs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { demoLogin, loginTablet, type Credentials } from './lib/account';
import { startServer, type RunningServer } from './lib/server';
import { makeCaseInApp } from './lib/newCase';
import { readSetting } from './lib/tabletDb';

const SHOTS = 'docs/screenshots';
const LAPTOP = { width: 1440, height: 900 };
const TEAMLEIDER = 'teamleider@demo.samenspraak.nl';
let server: RunningServer;
let browser: Browser;
let demo: Credentials;
let laptop: Page;

const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

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
    await expect
      .poll(() => tablet.getByTestId('send-state').textContent(), { timeout: 20_000 })
      .toContain('staat op de server');
    expect(await tablet.getByRole('button', { name: 'Team' }).count()).toBe(0);
    // The tablet's own audit entries (case created, opened) are sent too, before the tablet leaves.
    await expect
      .poll(async () => (await readSetting<number>(tablet, 'auditSentUpTo')) ?? 0, {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    await tablet.context().close(); // the tablet leaves: the server stores the case and its back-office rows

    laptop = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await loginTablet(
      laptop,
      server,
      { email: TEAMLEIDER, password: demo.password },
      'laptop team',
    );
    await laptop.getByRole('button', { name: 'Team' }).click();
    const row = laptop.getByTestId('caseload-row').filter({ hasText: 'Samira Haddad' });
    await expect
      .poll(
        async () => {
          // The server writes a case's back-office rows when it stores the case: ask again until it has.
          if ((await row.count()) === 0) {
            await laptop.getByRole('button', { name: 'Samenspraak' }).click();
            await laptop.getByRole('button', { name: 'Team' }).click();
            await laptop
              .getByTestId('caseload')
              .or(laptop.getByText('Geen gesprekken die hierbij passen.'))
              .waitFor();
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
    const [download] = await Promise.all([
      laptop.waitForEvent('download'),
      laptop.getByRole('button', { name: 'Downloaden als CSV (spreadsheet)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('caseload.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(
      /^caseId,name,[^\n]*\r\n[^\n]*,Samira Haddad,ar,[^,]*,consulent@demo\.samenspraak\.nl,/,
    );

    await laptop.getByLabel('Termijn').selectOption('overdue');
    await expect
      .poll(() => laptop.getByText('Geen gesprekken die hierbij passen.').count())
      .toBe(1);
    await laptop.getByLabel('Termijn').selectOption('soon');
    await expect.poll(() => row.count()).toBe(1);
    await laptop.setViewportSize(TABLET_LANDSCAPE);
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-landscape-backoffice-caseload.png` });
  });

  it('adds a consultant, hands her the case from the caseload, and it reaches her tablet by itself', async () => {
    await laptop.setViewportSize(LAPTOP);
    await laptop.getByRole('link', { name: 'Mensen en tablets' }).click();
    await laptop.getByLabel('E-mailadres').fill('nadia@demo.samenspraak.nl');
    await laptop.getByRole('button', { name: 'Toevoegen' }).click();
    const password = (await laptop.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(password).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.getByRole('button', { name: 'Klaar, ik heb het doorgegeven' }).click();
    await laptop.getByText('nadia@demo.samenspraak.nl').first().waitFor();
    await laptop.screenshot({ path: `${SHOTS}/nl-laptop-backoffice-people.png`, fullPage: true });

    // Nadia logs in on her own tablet with the temporary password: Samira's case is not hers yet.
    const nadia: Page = await (await browser.newContext({ viewport: TABLET_LANDSCAPE })).newPage();
    await loginTablet(
      nadia,
      server,
      { email: 'nadia@demo.samenspraak.nl', password },
      'tablet nadia',
    );
    await nadia.getByRole('button', { name: 'Nieuw gesprek' }).waitFor();
    expect(await nadia.getByText('Samira Haddad').count()).toBe(0);

    await laptop.getByRole('link', { name: 'Dossiers' }).click();
    const assign = laptop
      .getByTestId('caseload-row')
      .filter({ hasText: 'Samira Haddad' })
      .getByTestId('assign');
    await assign.selectOption({ label: 'nadia@demo.samenspraak.nl' });
    await expect
      .poll(async () => (await assign.locator('option:checked').textContent())?.trim())
      .toBe('nadia@demo.samenspraak.nl');
    await expect
      .poll(() => nadia.getByText('Samira Haddad').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await nadia.context().close();
  });

  it("shows the privacy officer a case's audit trail with the tablets' own entries", async () => {
    await laptop.getByRole('link', { name: 'Privacy (AVG)' }).click();
    await laptop.getByLabel('Zoek op naam').fill('Samira');
    await laptop
      .getByRole('button', { name: /Samira Haddad/ })
      .first()
      .click();
    // The consultant's tablet wrote "case created" and "case opened" in its own log; they reached the server.
    await expect
      .poll(() => laptop.locator('[data-source="tablet"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-laptop-backoffice-privacy.png`, fullPage: true });
    await laptop.setViewportSize(TABLET_PORTRAIT);
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-portrait-backoffice-privacy.png` });
  });

  it('shows the figures as charts with their tables, and the ratings page for the klankbordgroep', async () => {
    await laptop.setViewportSize(LAPTOP);
    await laptop.getByRole('link', { name: 'Cijfers' }).click();
    const languages = laptop.getByTestId('figure-languages-next-month');
    await languages.locator('canvas').waitFor();
    // Samira's PIP is due within the month and she speaks Arabic: a tolk Arabic is needed.
    await languages.getByText('Cijfers als tabel').click();
    expect(await languages.locator('table').textContent()).toContain('Arabisch');
    expect(await laptop.locator('.figure-card').count()).toBe(6);
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-laptop-backoffice-figures.png`, fullPage: true });
    const [csv] = await Promise.all([
      laptop.waitForEvent('download'),
      languages.getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/ar/);
    await laptop.setViewportSize(TABLET_LANDSCAPE);
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-landscape-backoffice-figures.png` });
    await laptop.getByRole('button', { name: 'Beoordelingen voor de klankbordgroep' }).click();
    await laptop.getByTestId('ratings-page').waitFor();
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-landscape-backoffice-ratings.png` });
  });

  it('fits every part of the back office on a tablet, upright and sideways, axe-clean', async () => {
    for (const [size, viewport] of [
      ['portrait', TABLET_PORTRAIT],
      ['landscape', TABLET_LANDSCAPE],
    ] as const) {
      await laptop.setViewportSize(viewport);
      for (const part of [
        'Dossiers',
        'Cijfers',
        'Vertalingen',
        'Inhoud',
        'Mensen en tablets',
        'Privacy (AVG)',
      ]) {
        await laptop.getByRole('link', { name: part, exact: true }).click();
        await laptop.locator('.backoffice-page h2, .backoffice-page table').first().waitFor();
        // Wait until the part has its data (tables drawn), so the checks see the full screen.
        await expect.poll(() => laptop.getByText('Even laden …').count()).toBe(0);
        expect(
          await laptop.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
          `${part} fits ${size}`,
        ).toBe(true);
        expect(await seriousViolations(laptop), `${part} ${size}`).toEqual([]);
      }
      await laptop.getByRole('link', { name: 'Mensen en tablets', exact: true }).click();
      await laptop.getByText('tablet consulent').first().waitFor();
      await laptop.screenshot({ path: `${SHOTS}/nl-${size}-backoffice-people.png` });
    }
  });
});
