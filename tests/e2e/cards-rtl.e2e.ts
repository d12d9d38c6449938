// The new explanation cards for the inburgeraar, in Arabic, offline: the PIP card (made together, ready within
// the ten weeks of content) and the VVE card run right-to-left with the Dutch beneath; axe-clean; screenshots
// at both tablet sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { demoLogin, loginTablet, type Credentials } from './lib/account';
import { makeCaseInApp } from './lib/newCase';
import { goOfflineWhenPrecached } from './lib/offline';
import { startServer, type RunningServer } from './lib/server';

const SHOTS = 'docs/screenshots';
let server: RunningServer;
let browser: Browser;
let demo: Credentials;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  demo = await demoLogin(server);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: TABLET_LANDSCAPE });
  page = await context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the PIP and VVE cards in Arabic, offline', () => {
  it('shows each card right-to-left, Arabic big and Dutch beneath, without axe violations', async () => {
    await loginTablet(page, server, demo, 'tablet kaarten');
    await makeCaseInApp(page, 'Amina Haddad', 'العربية');
    await page.getByRole('button', { name: 'Begin het gesprek' }).click();
    await expect.poll(() => page.url()).toMatch(/\/talk\/[^/]+\/language$/);
    const talk = page.url().replace(/\/language$/, '');
    // Offline once the service worker controls the page and has filled its precache (locales included).
    await goOfflineWhenPrecached(page, context);

    for (const [card, arabic, dutch] of [
      ['pip', 'تكون الخطة جاهزة خلال 10 أسابيع.', 'Binnen 10 weken is het plan klaar.'],
      ['vve', 'هل لديك طفل عمره من 2 إلى 6 سنوات؟', 'Heeft u een kind van 2 tot 6 jaar?'],
    ] as const) {
      await page.goto(`${talk}/explain/${card}`);
      const screen = page.locator('.explain-screen');
      await screen.waitFor();
      expect(await screen.getAttribute('dir')).toBe('rtl');
      if (card === 'pip') await page.locator('.explain').getByRole('button').last().click();
      await expect.poll(() => page.locator('.explain').textContent()).toContain(arabic);
      expect(await page.locator('.explain').textContent()).toContain(dutch);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/ar-landscape-card-${card}.png` });
      await page.setViewportSize(TABLET_PORTRAIT);
      await page.screenshot({ path: `${SHOTS}/ar-portrait-card-${card}.png` });
      await page.setViewportSize(TABLET_LANDSCAPE);
    }
    await context.setOffline(false);
  });
});
