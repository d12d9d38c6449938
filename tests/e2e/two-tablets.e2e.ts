// Two tablets of one municipality through the real server: log in once, a conversation made on one
// tablet is marked "on the server" only after the server has it, and the other tablet downloads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { startServer, type RunningServer } from './lib/server';
import { choosePin, enterPin } from './lib/pin';

let server: RunningServer;
let browser: Browser;
let demo: { email: string; password: string };

const login = async (page: Page) => {
  await page.goto(server.url);
  await choosePin(page);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByLabel('E-mailadres').fill(demo.email);
  await page.getByLabel('Wachtwoord').fill(demo.password);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Inloggen' }).last().click();
  await expect.poll(() => page.getByTestId('connectivity').textContent()).toContain('Online');
};

beforeAll(async () => {
  server = await startServer();
  for (let i = 0; i < 100 && !server.output().includes('Demo login'); i++)
    await new Promise((r) => setTimeout(r, 50));
  const match = /Demo login[^:]*:\s*(\S+)\s*\/\s*(\S+)/.exec(server.output());
  if (!match?.[1] || !match[2]) throw new Error(`No demo login printed:\n${server.output()}`);
  demo = { email: match[1], password: match[2] };
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('two tablets', () => {
  it('refuses a wrong password in plain words', async () => {
    const page = await (await browser.newContext({ viewport: TABLET_LANDSCAPE })).newPage();
    await page.goto(server.url);
    await choosePin(page);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByLabel('E-mailadres').fill(demo.email);
    await page.getByLabel('Wachtwoord').fill('wrong password');
    await page.getByRole('button', { name: 'Inloggen' }).last().click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('klopt niet');
  });

  it('syncs a conversation from one tablet to the other', async () => {
    const first = await (await browser.newContext({ viewport: TABLET_LANDSCAPE })).newPage();
    await login(first);
    await first.getByRole('button', { name: 'Nieuw gesprek' }).click();
    await first.getByRole('textbox', { name: 'Naam', exact: true }).fill('Yonas Haile');
    await first.getByLabel('العربية').check();
    await first.getByRole('button', { name: 'Maken' }).click();
    await first.getByRole('button', { name: 'Begin het gesprek' }).click();
    await first.getByRole('button', { name: 'Nederlands' }).click();
    await first.locator('.topic-card').first().click();
    await first.locator('[data-tile="partner-abroad"]').click();
    await first.waitForSelector('[data-tile="yes"]');
    await first.getByTestId('to-consultant').click();
    await enterPin(first);
    await first.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
    await first.goto(`${server.url}/#/`);
    await expect
      .poll(() => first.getByRole('button', { name: /Yonas Haile/ }).textContent())
      .toContain('Op de server');

    const second = await (await browser.newContext({ viewport: TABLET_LANDSCAPE })).newPage();
    await login(second);
    await expect
      .poll(() => second.getByRole('button', { name: /Yonas Haile/ }).isVisible())
      .toBe(true);
    await second.getByRole('button', { name: /Yonas Haile/ }).click();
    await expect
      .poll(() => second.getByRole('button', { name: /1 antwoord/ }).isVisible())
      .toBe(true);
  });
});
