// His own words by voice, in the built app with Chromium's fake microphone: an own-words question in Tigrinya
// answered by speaking (no writing), kept, played back; the consultant's overview says "ingesproken" and plays
// it; and a second tablet of the municipality receives the recording through the server and plays it too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { demoLogin, loginTablet, type Credentials } from './lib/account';
import { startServer, type RunningServer } from './lib/server';
import { makeCaseInApp } from './lib/newCase';
import { enterPin } from './lib/pin';

const SHOTS = 'docs/screenshots';
let server: RunningServer;
let browser: Browser;
let demo: Credentials;

const tablet = async (): Promise<Page> => {
  const context = await browser.newContext({ viewport: TABLET_LANDSCAPE });
  await context.grantPermissions(['microphone']);
  return context.newPage();
};

beforeAll(async () => {
  server = await startServer();
  demo = await demoLogin(server);
  browser = await launchBrowser([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('own words by voice', () => {
  it('is said, kept and played on the tablet, and reaches the other tablet playable', async () => {
    const first = await tablet();
    await loginTablet(first, server, demo, 'tablet stem A');
    await makeCaseInApp(first, 'Amanuel Tesfay', 'ትግርኛ');
    await first.getByRole('button', { name: 'Begin het gesprek' }).click();
    await first.getByRole('button', { name: 'ትግርኛ' }).click();
    await expect.poll(() => first.url()).toMatch(/\/topics$/);
    await first.goto(first.url().replace(/\/topics$/, '/domain/languages/languages.which'));

    await first.getByRole('button', { name: /Zeg het met uw stem/ }).click();
    await first.getByRole('button', { name: /Klaar/ }).waitFor();
    await first.waitForTimeout(1500); // he speaks (the fake microphone plays a tone)
    await first.getByRole('button', { name: /Klaar/ }).click();
    await first.getByRole('button', { name: /Bewaren/ }).click();
    const play = first.getByTestId('voice-play');
    await play.waitFor();
    expect(await seriousViolations(first)).toEqual([]);
    await first.screenshot({ path: `${SHOTS}/ti-landscape-own-words-voice.png` });
    expect(await first.getByRole('button', { name: /Verder/ }).isDisabled()).toBe(false);

    await first.getByTestId('to-consultant').click();
    await enterPin(first);
    const row = first.locator('[data-question="languages.which"]');
    await expect.poll(() => row.textContent()).toContain('ingesproken');
    await row.getByTestId('voice-play').click();
    await expect.poll(() => row.getByTestId('voice-play').textContent()).toContain('Stoppen');
    await expect
      .poll(() => first.getByTestId('send-state').textContent(), { timeout: 20_000 })
      .toContain('staat op de server');

    const second = await tablet();
    await loginTablet(second, server, demo, 'tablet stem B');
    await second.locator('.case-card', { hasText: 'Amanuel Tesfay' }).click({ timeout: 20_000 });
    const there = second.locator('[data-question="languages.which"]');
    await expect.poll(() => there.textContent(), { timeout: 20_000 }).toContain('ingesproken');
    await there.getByTestId('voice-play').click();
    await expect.poll(() => there.getByTestId('voice-play').textContent()).toContain('Stoppen');
  });
});
