// A tolk's flag becomes a reviewed translation on every tablet, without a developer: on the consultant's tablet the
// tolk flags a Tigrinya question and suggests better words; the teamleider, on a laptop, sees the flag grouped with
// the Dutch beside it, saves the suggestion as reviewed, and marks Tigrinya reviewed; the tablet, still in the
// conversation, shows the new wording and no "draft" mark any more. Axe-clean; screenshots for the docs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { demoLogin, loginTablet, type Credentials } from './lib/account';
import { startServer, type RunningServer } from './lib/server';
import { makeCaseInApp } from './lib/newCase';
import { readCatalog } from './lib/tabletDb';

const SHOTS = 'docs/screenshots';
const LAPTOP = { width: 1440, height: 900 };
const TEAMLEIDER = 'teamleider@demo.samenspraak.nl';
const BETTER = 'ሰብኣይኪ ወይ ሰበይትኻ ኣበይ ኣሎ?';
const ti = JSON.parse(readFileSync('locales/ti/content.json', 'utf8')) as {
  question: { family: { partner: { text: string } } };
};
const nl = JSON.parse(readFileSync('locales/nl/content.json', 'utf8')) as {
  question: { family: { partner: { text: string } } };
};

let server: RunningServer;
let browser: Browser;
let demo: Credentials;
let tablet: Page;
let laptop: Page;

beforeAll(async () => {
  server = await startServer();
  demo = await demoLogin(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('translation review', () => {
  it("turns a tolk's flag into a reviewed text that reaches the tablet in the middle of a conversation", async () => {
    tablet = await (await browser.newContext({ viewport: TABLET_LANDSCAPE })).newPage();
    await loginTablet(tablet, server, demo, 'tablet consulent');
    await makeCaseInApp(tablet, 'Amanuel Tesfaye', 'ትግርኛ');
    await tablet.getByRole('button', { name: 'Begin het gesprek' }).click();
    await tablet.getByRole('button', { name: 'ትግርኛ', exact: true }).click();
    await tablet.locator('.topic-card').first().click();
    const question = tablet.locator('.question h1.bilingual-own');
    await expect.poll(() => question.textContent()).toBe(ti.question.family.partner.text);
    expect(await tablet.getByTestId('draft-notice').count()).toBe(1);

    // The tolk flags the question and suggests better words.
    await tablet.getByTestId('flag-sentence').click();
    await tablet.locator('dialog[open] textarea').fill(BETTER);
    await tablet.locator('dialog[open] button[type="submit"]').click();
    await expect.poll(() => tablet.locator('dialog[open]').count()).toBe(0);

    // The teamleider reviews it on her laptop.
    laptop = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await loginTablet(
      laptop,
      server,
      { email: TEAMLEIDER, password: demo.password },
      'laptop team',
    );
    await laptop.getByRole('button', { name: 'Team' }).click();
    await laptop.getByRole('link', { name: 'Vertalingen' }).click();
    const group = laptop.getByTestId('flag-group').filter({ hasText: 'Tigrinya' });
    await expect
      .poll(
        async () => {
          // The server writes the flag's row when it stores the case: look again until it has.
          if ((await group.count()) === 0) {
            await laptop.getByRole('link', { name: 'Dossiers' }).click();
            await laptop.getByRole('link', { name: 'Vertalingen' }).click();
            await laptop.getByTestId('reviewer').waitFor();
          }
          return group.count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    expect(await group.textContent()).toContain(nl.question.family.partner.text);
    expect(await group.getByRole('textbox').inputValue()).toBe(BETTER);
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-laptop-backoffice-translations.png` });

    await group.getByRole('button', { name: 'Opslaan als nagekeken' }).click();
    await laptop.getByRole('alert').filter({ hasText: 'Vul eerst in wie het nakijkt.' }).waitFor();
    await laptop.getByTestId('reviewer').fill('Tesfay Gebre (tolk)');
    await group.getByRole('button', { name: 'Opslaan als nagekeken' }).click();
    await laptop.getByText('Geen open markeringen. Alles is bekeken.').waitFor();

    // The tablet, still in the conversation, shows the reviewed wording by itself.
    await expect.poll(() => question.textContent(), { timeout: 20_000 }).toBe(BETTER);

    // The whole of Tigrinya marked reviewed: the tablet stops calling it a draft.
    await laptop.getByLabel('Taal', { exact: true }).selectOption('ti');
    await laptop.getByRole('button', { name: 'Hele taal nagekeken' }).click();
    await laptop
      .getByTestId('locale-outcome')
      .filter({ hasText: 'nagekeken op alle tablets' })
      .waitFor();
    await expect
      .poll(() => tablet.getByTestId('draft-notice').count(), { timeout: 20_000 })
      .toBe(0);
    await tablet.screenshot({ path: `${SHOTS}/ti-landscape-conversation-reviewed-text.png` });

    // The tablet keeps it for offline use: the municipality's text is in its own database.
    const stored = await readCatalog(tablet);
    expect(stored).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'text',
          key: 'content:question.family.partner.text',
          language: 'ti',
          value: { text: BETTER },
          reviewedBy: 'Tesfay Gebre (tolk)',
        }),
        expect.objectContaining({
          kind: 'locale-review',
          language: 'ti',
          reviewedBy: 'Tesfay Gebre (tolk)',
        }),
      ]),
    );
  });

  it('lets the municipality set a checked fine and a local partner that the tablet shows offline-ready', async () => {
    await laptop.getByRole('link', { name: 'Inhoud' }).click();
    await laptop.getByLabel('Nagekeken door (naam)').fill('Mr. J. de Vries');
    const fine = laptop.getByTestId('fact-intakeFineEuro');
    await fine.getByLabel('Euro').fill('250');
    await fine.getByLabel('Nagekeken op').fill('2026-12-01');
    await fine.getByRole('button', { name: 'Opslaan' }).click();
    await fine.getByText('Opgeslagen.').waitFor();
    await laptop.getByLabel('Kaart', { exact: true }).selectOption('boete');
    const source = laptop.getByTestId('card-source');
    await source.getByLabel('Artikel').fill('art. 8.1, nagekeken');
    await source.getByLabel('Nagekeken op').fill('2026-12-02');
    await source.getByRole('button', { name: 'Opslaan' }).click();
    await source.getByText('Opgeslagen.').waitFor();
    await laptop.getByRole('button', { name: '+ Partner toevoegen' }).click();
    const form = laptop.getByRole('form', { name: 'Partner' });
    await form.getByLabel('Naam').fill('Taalhuis Centrum');
    await form.getByLabel('Wat doen zij?').fill('Gratis taalcafé op dinsdag');
    await form.getByLabel('Telefoon').fill('010 123 45 67');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await laptop.getByTestId('partner-row').filter({ hasText: 'Taalhuis Centrum' }).waitFor();
    expect(await seriousViolations(laptop)).toEqual([]);
    await laptop.screenshot({ path: `${SHOTS}/nl-laptop-backoffice-content.png`, fullPage: true });

    // On the tablet, the explanation card about the fine says the checked amount and date.
    await tablet.locator('.conversation-bar .back-button').click();
    await tablet.locator('.topic-card-explain').click();
    await tablet.locator('[data-card="boete"]').click();
    await tablet.locator('.explain-nav .button-primary').click();
    const sentence = tablet.locator('.explain-sentence');
    await expect.poll(() => sentence.textContent(), { timeout: 20_000 }).toMatch(/250/);
    expect(await sentence.textContent()).toContain('2026');
    // Under the card, the source as the municipality checked it, no longer marked as a draft.
    await expect
      .poll(() => tablet.locator('.explain-source').textContent())
      .toContain('art. 8.1, nagekeken');
    expect(await tablet.locator('.explain-source .explain-draft').count()).toBe(0);
    expect(await readCatalog(tablet)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'partner',
          key: 'taalhuis-centrum',
          value: expect.objectContaining({ name: 'Taalhuis Centrum', phone: '010 123 45 67' }),
        }),
      ]),
    );
  });
});
