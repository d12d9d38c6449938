// A case that grows beyond what the server keeps: the server refuses it, and the tablet says so in plain words on
// the case and in the case list, keeps every word, and keeps the rest working. The server's case limit is set
// small for the test (MAX_CASE_BYTES), so an ordinary note crosses it. Both tablet orientations, screenshots.
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
const NOTE = `Wil graag naar de taalschool in de buurt van het azc. ${'Uitgebreide aantekening. '.repeat(250)}`;

let server: RunningServer;
let browser: Browser;
let demo: Credentials;
let page: Page;

beforeAll(async () => {
  server = await startServer(undefined, undefined, { MAX_CASE_BYTES: '4000' });
  demo = await demoLogin(server);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: TABLET_LANDSCAPE })).newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a case larger than the server keeps', () => {
  it('is refused: the case says why and that everything stays on the tablet, in plain words', async () => {
    await loginTablet(page, server, demo, 'tablet groot');
    await makeCaseInApp(page, 'Yonas Tesfay', 'ትግርኛ');
    await page.goto(`${server.url}/#/`);
    await expect
      .poll(() => page.getByRole('button', { name: /Yonas Tesfay/ }).textContent())
      .toContain('Op de server');

    await page.getByRole('button', { name: /Yonas Tesfay/ }).click();
    await page.getByTestId('registration-date').waitFor();
    await page.screenshot({ path: `${SHOTS}/nl-landscape-case-page.png` });
    const notes = page.getByTestId('consultant-notes');
    await notes.getByRole('textbox').fill(NOTE);
    await notes.getByRole('button', { name: 'Notitie bewaren' }).click();

    const sendState = page.getByTestId('send-state');
    await expect
      .poll(() => sendState.textContent(), { timeout: 20_000 })
      .toContain('Niet verstuurd: dit gesprek is groter dan de server bewaart.');
    expect(await sendState.textContent()).toContain('Alles blijft op deze tablet.');
    expect(await notes.locator('.notes').textContent()).toContain('Wil graag naar de taalschool');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/nl-landscape-case-too-large.png` });
    await page.setViewportSize(TABLET_PORTRAIT);
    await page.screenshot({ path: `${SHOTS}/nl-portrait-case-too-large.png` });
    await page.setViewportSize(TABLET_LANDSCAPE);
  });

  it('keeps the note after a reload, still unsent, and the rest of the app works', async () => {
    await page.reload();
    // The app starts locked: the consultant opens it with her PIN.
    await enterPin(page);
    await expect
      .poll(() => page.getByTestId('send-state').textContent(), { timeout: 20_000 })
      .toContain('groter dan de server bewaart');
    expect(await page.getByTestId('consultant-notes').locator('.notes').textContent()).toContain(
      'Wil graag naar de taalschool',
    );
    // Another case still reaches the server.
    await page.goto(`${server.url}/#/`);
    await makeCaseInApp(page, 'Hawa Ali', 'Soomaali');
    await page.goto(`${server.url}/#/`);
    await expect
      .poll(() => page.getByRole('button', { name: /Hawa Ali/ }).textContent())
      .toContain('Op de server');
  });
});
