// `npm run screenshots`: walks the main screens in Dutch and Arabic at both tablet sizes, offline,
// and writes PNGs to docs/screenshots/ (run `npm run build` first).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE, TABLET_PORTRAIT } from '../tests/e2e/lib/browser';
import { startServer } from '../tests/e2e/lib/server';
import { choosePin, enterPin } from '../tests/e2e/lib/pin';

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });

const sizes = { landscape: TABLET_LANDSCAPE, portrait: TABLET_PORTRAIT } as const;
const languages = [
  { code: 'nl', endonym: 'Nederlands' },
  { code: 'ar', endonym: 'العربية' },
  { code: 'ti', endonym: 'ትግርኛ' },
] as const;

const shot = (page: Page, name: string) => page.screenshot({ path: `${OUT}/${name}.png` });
const settle = (page: Page) => page.waitForTimeout(500);

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(server.url);
    await shot(page, `nl-${sizeName}-0-choose-pin`);
    await choosePin(page);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await context.setOffline(true);
    await page.reload();
    await enterPin(page);
    for (const [name, endonym] of [
      ['Samira Haddad', 'العربية'],
      ['Amanuel Tesfaye', 'ትግርኛ'],
      ['Farid Rahimi', 'دری'],
    ] as const) {
      await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
      if (name === 'Samira Haddad') {
        await settle(page);
        await shot(page, `nl-${sizeName}-1b-new-case`);
      }
      await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(name);
      await page.getByLabel(endonym).check();
      await page.getByRole('button', { name: 'Maken' }).click();
      await page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
      await page.goto(`${server.url}/#/`);
    }
    await settle(page);
    await shot(page, `nl-${sizeName}-1-home`);
    await page.getByRole('button', { name: /Samira Haddad/ }).click();
    await settle(page);
    await shot(page, `nl-${sizeName}-2-case`);
    await page.getByRole('button', { name: 'Begin het gesprek' }).click();
    await settle(page);
    await shot(page, `nl-${sizeName}-3-language`);
    for (const language of languages) {
      await page.getByRole('button', { name: language.endonym, exact: true }).click();
      await settle(page);
      await shot(page, `${language.code}-${sizeName}-4-topics`);
      await page.locator('.topic-card').first().click();
      await page.locator('.progress-dots .dot-button').first().click();
      await settle(page);
      await shot(page, `${language.code}-${sizeName}-5-question`);
      await page.locator('[data-tile="partner-here"]').click();
      await page.locator('.progress-dots .dot-button').nth(1).click();
      await page.waitForSelector('[data-tile="yes"]');
      await page.locator('[data-tile="yes"]').click();
      await page.waitForSelector('.stepper');
      await settle(page);
      await shot(page, `${language.code}-${sizeName}-6-number`);
      // The children's ages: a multi-choice follow-up with many tiles (they must not overlap).
      await page.evaluate(
        () => (location.hash = location.hash.replace(/family\.[a-z-]+$/, 'family.children-ages')),
      );
      await page.waitForSelector('[data-tile="age-baby"]');
      await settle(page);
      await shot(page, `${language.code}-${sizeName}-6b-ages`);
      await page.evaluate(
        () => (location.hash = location.hash.replace(/family\.[a-z-]+$/, 'family.children-count')),
      );
      await page.waitForSelector('.stepper');
      await page.locator('[data-flag="not-understood"]').click();
      await settle(page);
      await shot(page, `${language.code}-${sizeName}-7-not-understood`);
      await page.locator('.conversation-bar-end .icon-button').first().click();
    }
    await page
      .getByRole('heading', { name: 'ትግርኛ' })
      .or(page.locator('.language-grid'))
      .first()
      .waitFor();
    await page.getByTestId('to-consultant').click();
    await enterPin(page);
    await page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
    await settle(page);
    await shot(page, `nl-${sizeName}-8-case-answers`);
    await page.goto(`${server.url}/#/settings`);
    await settle(page);
    await shot(page, `nl-${sizeName}-9-settings`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`Screenshots written to ${OUT}/`);
