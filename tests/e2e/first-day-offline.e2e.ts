// The first day: a consultant opens the app once, chooses a PIN, signs in and goes offline without
// ever reloading. The service worker takes control on its first install, so the whole app works
// offline at once — a conversation in Arabic with its pictures, another language on the spot — and
// "klaar voor onderweg" does not claim the app is missing once the page is controlled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, TABLET_PORTRAIT } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { demoLogin, loginTablet, type Credentials } from './lib/account';
import { startServer, type RunningServer } from './lib/server';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let demo: Credentials;

/** Every picture on the screen has loaded (an image that failed offline has no natural width). */
const brokenImages = () =>
  page.evaluate(() =>
    [...document.images]
      .filter((img) => !img.complete || img.naturalWidth === 0)
      .map((img) => img.src),
  );

beforeAll(async () => {
  server = await startServer();
  demo = await demoLogin(server);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: TABLET_PORTRAIT, locale: 'nl-NL' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the first day, offline without a reload', () => {
  it('is controlled by the service worker on its first install, and ready says so', async () => {
    await loginTablet(page, server, demo);
    // No reload: the first service worker claims this very page once its precache is complete.
    await expect
      .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 })
      .toBe(true);
    await page.getByTestId('readiness').click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.textContent())
      .not.toContain('De app is nog niet helemaal op de tablet gezet');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('holds a conversation in Arabic offline, pictures included, and switches to Tigrinya', async () => {
    await server.stop();
    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('connectivity').textContent()).toContain('Offline');

    await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Huda Karim');
    await page.getByLabel('العربية').check();
    await page.getByRole('button', { name: 'Maken' }).click();
    await page.getByRole('button', { name: 'Begin het gesprek' }).click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      )
      .toEqual(['ar', 'rtl']);
    await expect.poll(() => page.locator('.topic-card').count()).toBeGreaterThan(1);
    await expect.poll(brokenImages).toEqual([]);
    await page.locator('.topic-card').first().click();
    await page.locator('[data-tile]').first().waitFor();
    await expect.poll(brokenImages).toEqual([]);
    const tile = page.locator('[data-tile="partner-here"]');
    await tile.click();
    await expect.poll(() => page.locator('[data-tile="partner-here"]').count()).toBe(0); // moved on to the next question
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'لغة أخرى' }).click(); // the screen speaks Arabic now
    await page.getByRole('button', { name: 'ትግርኛ', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ti');
    await expect.poll(() => page.locator('.topic-card').count()).toBeGreaterThan(1);
    await expect.poll(brokenImages).toEqual([]);
  });
});
