// End to end on one tablet: install the PWA, lose the network and the server, hold a conversation
// with picture tiles, switch to Arabic, reload offline and find every answer; axe-clean on each screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { startServer, type RunningServer } from './lib/server';
import { choosePin, enterPin } from './lib/pin';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const visited: Record<string, Awaited<ReturnType<typeof seriousViolations>>> = {};
const foreignRequests: string[] = [];
const cspViolations: string[] = [];

const checkAxe = async (screen: string) => {
  visited[screen] = await seriousViolations(page);
};

const tapTile = async (tileId: string) => {
  const tile = page.locator(`[data-tile="${tileId}"]`);
  await tile.click();
  await expect.poll(() => tile.getAttribute('aria-pressed')).toBe('true');
};

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: TABLET_LANDSCAPE, locale: 'nl-NL' });
  page = await context.newPage();
  const own = new URL(server.url).host;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== own)
      foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('offline conversation on one tablet', () => {
  it('installs the app so it can run without network', async () => {
    await page.goto(server.url);
    await choosePin(page);
    await expect.poll(() => page.getByRole('heading', { name: 'Vandaag' }).isVisible()).toBe(true);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Wait until the service worker has filled its precache.
    await expect
      .poll(
        () => page.evaluate(async () => (await caches.keys()).some((k) => k.includes('precache'))),
        { timeout: 30_000 },
      )
      .toBe(true);
  });

  it('keeps working offline with the server stopped', async () => {
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('lock-screen').waitFor();
    await checkAxe('lock');
    await enterPin(page);
    await expect.poll(() => page.getByRole('heading', { name: 'Vandaag' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('connectivity').textContent()).toContain('Offline');
    await checkAxe('home');
  });

  it('creates a case and answers five questions by tapping pictures', async () => {
    await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Samira Haddad');
    await page.getByLabel('العربية').check();
    await checkAxe('new case');
    await page.getByRole('button', { name: 'Maken' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Gesprek beginnen' }).isVisible())
      .toBe(true);
    await checkAxe('case');

    await page.getByRole('button', { name: 'Begin het gesprek' }).click();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.locator('.topic-card').count()).toBeGreaterThan(0);
    await checkAxe('topics');
    await page.locator('.topic-card').first().click();

    await tapTile('partner-here');
    await checkAxe('question');
    await page.waitForSelector('[data-tile="no"]');
    await tapTile('no');
    await page.waitForSelector('[data-tile="with-partner"]');
    await tapTile('with-partner');
    await tapTile('with-siblings');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.waitForSelector('.question h1:has-text("Nederland komt")');
    await tapTile('unsure');
    await page.waitForSelector('[data-tile="face-good"]');
    await tapTile('face-good');
    await page.waitForSelector('.question h1:has-text("zorgt")');
  });

  it('switches the conversation to Arabic: right-to-left, Dutch lines stay left-to-right', async () => {
    await page.getByRole('button', { name: 'Andere taal' }).click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      )
      .toEqual(['ar', 'rtl']);
    await checkAxe('topics (ar)');
    await page.locator('.topic-card').first().click();
    const own = page.locator('h1.bilingual-own');
    await expect.poll(() => own.getAttribute('dir')).toBe('rtl');
    await expect
      .poll(() => page.locator('.question .bilingual-nl').first().getAttribute('dir'))
      .toBe('ltr');
    await checkAxe('question (ar)');
  });

  it('finds every answer after reloading offline', async () => {
    await page.reload();
    // The tablet is still handed over: the conversation comes back, not the case list.
    await page.goto(`${server.url}/#/`);
    await expect.poll(() => page.locator('.topic-card').count()).toBeGreaterThan(0);
    await page.getByTestId('to-consultant').click();
    await checkAxe('take back');
    await enterPin(page);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Gesprek beginnen' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('button', { name: /5 antwoorden/ }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: /5 antwoorden/ }).click();
    await page.locator('.topic-card').first().click();
    const expected: [number, string[]][] = [
      [1, ['partner-here']],
      [2, ['no']],
      [3, ['with-partner', 'with-siblings']],
      [4, ['unsure']],
      [5, ['face-good']],
    ];
    for (const [index, tiles] of expected) {
      await page
        .locator('.progress-dots .dot-button')
        .nth(index - 1)
        .click();
      for (const tile of tiles) {
        await expect
          .poll(() => page.locator(`[data-tile="${tile}"]`).getAttribute('aria-pressed'))
          .toBe('true');
      }
    }
  });

  it('shows in settings whether the tablet keeps the data, offline too', async () => {
    await page.getByTestId('to-consultant').click();
    await enterPin(page);
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await expect
      .poll(() => page.getByTestId('storage-persisted').textContent())
      .toMatch(/bewaart|Let op/);
    await expect.poll(() => page.getByRole('link', { name: 'OpenMoji' }).isVisible()).toBe(true);
    await checkAxe('settings');
  });

  it('asks nothing of any other host and breaks no rule of its own CSP', () => {
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('has no serious or critical axe violations on any screen visited', () => {
    expect(Object.keys(visited).length).toBeGreaterThanOrEqual(10);
    expect(visited).toEqual(Object.fromEntries(Object.keys(visited).map((k) => [k, []])));
  });
});
