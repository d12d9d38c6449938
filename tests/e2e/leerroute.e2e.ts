// The leerroute on the case page, in the built app: after a first conversation the consultant records the
// leerbaarheidstoets, reads the advice with its reasons, and records a different route with her reason.
// Accessible (axe), usable at both tablet sizes; screenshots for the docs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { demoLogin, loginTablet, type Credentials } from './lib/account';
import { startServer, type RunningServer } from './lib/server';
import { makeCaseInApp } from './lib/newCase';
import { enterPin } from './lib/pin';

const SHOTS = 'docs/screenshots';
let server: RunningServer;
let browser: Browser;
let demo: Credentials;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  demo = await demoLogin(server);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: TABLET_LANDSCAPE })).newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the leerroute on the case page', () => {
  it('records the test and a decision other than the advice, with its reason', async () => {
    await loginTablet(page, server, demo, 'tablet leerroute');
    await makeCaseInApp(page, 'Yonas Tesfay', 'ትግርኛ');
    // A first conversation begins (the tablet is handed over); the consultant takes it back with her PIN.
    await page.getByRole('button', { name: 'Begin het gesprek' }).click();
    await page.getByTestId('to-consultant').click();
    await enterPin(page);
    await page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
    const panel = page.getByTestId('leerroute');
    await panel.waitFor();
    expect(await panel.getByTestId('leerroute-advice').textContent()).toContain('voorlopig');

    await panel.getByLabel('Gedaan op').fill('2026-11-20');
    await panel.getByLabel('Op de grens').check();
    await panel.getByRole('button', { name: 'Uitslag bewaren' }).click();
    await expect
      .poll(() => panel.getByTestId('leerbaarheid-latest').textContent())
      .toContain('Op de grens');
    await expect
      .poll(() => panel.getByTestId('leerroute-advice').textContent())
      .toContain('B1-route');
    expect(await panel.getByTestId('leerroute-advice').textContent()).toContain(
      'kijk op tijd of B1 haalbaar blijft',
    );

    await panel.getByLabel(/Z-route/).check();
    await panel
      .getByLabel('Waarom anders dan het advies?')
      .fill('Eerst alfabetisering; daarna opnieuw bekijken.');
    await panel.getByRole('button', { name: 'Leerroute vastleggen' }).click();
    await expect
      .poll(() => panel.getByTestId('leerroute-current').textContent())
      .toContain('Vastgelegd: Z-route');
    expect(await seriousViolations(page)).toEqual([]);

    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/nl-landscape-leerroute.png` });
    await page.setViewportSize(TABLET_PORTRAIT);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/nl-portrait-leerroute.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
