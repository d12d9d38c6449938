// Two tablets apart, then together: both have the same case, the server goes away, each tablet
// answers the same conversation differently (single choice, multi choice, a drawing, a note), the
// server comes back, and every answer is there — the differing single answer waits for the
// consultant's choice on both tablets, the tiles and strokes of both are merged, both notes say which
// tablet wrote them. The inburgeraar's screen never shows the conflict.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { demoLogin, loginTablet, type Credentials } from './lib/account';
import { startServer, type RunningServer } from './lib/server';
import { enterPin } from './lib/pin';

const RECONNECT = { timeout: 90_000, interval: 250 };

let server: RunningServer;
let browser: Browser;
let demo: Credentials;
const dataDir = mkdtempSync(join(tmpdir(), 'samenspraak-apart-'));

interface Tablet {
  context: BrowserContext;
  page: Page;
  name: string;
}

const openTablet = async (name: string): Promise<Tablet> => {
  const context = await browser.newContext({ viewport: TABLET_LANDSCAPE });
  const page = await context.newPage();
  await loginTablet(page, server, demo, name);
  return { context, page, name };
};

/** From the case list: "Begin het gesprek" continues the open conversation (its topics, not a language choice). */
const continueConversation = async (page: Page) => {
  await page.getByRole('button', { name: /Selam Tesfay/ }).click();
  await page.getByRole('button', { name: 'Begin het gesprek' }).click();
  await page.locator('.topic-card').first().waitFor();
  const talk = /#\/case\/([^/]+)\/talk\/([^/]+)\//.exec(page.url());
  expect(talk, 'the open conversation is continued, not a new one started').not.toBeNull();
  const [, caseId, conversationId] = talk!;
  return (domain: string, id: string) =>
    page.evaluate(
      (hash) => (location.hash = hash),
      `#/case/${caseId}/talk/${conversationId}/domain/${domain}/${id}`,
    );
};

/** Continues the open intake conversation on this tablet and answers as the inburgeraar would. */
const answerApart = async (
  { page, name }: Tablet,
  answers: { partner: string; household: string; note: string },
) => {
  const question = await continueConversation(page);

  await question('family', 'family.partner');
  await page.locator(`[data-tile="${answers.partner}"]`).click();
  await expect.poll(() => page.url()).not.toContain('family.partner');

  await question('family', 'family.household');
  await page.locator(`[data-tile="${answers.household}"]`).click();
  await expect
    .poll(() => page.locator(`[data-tile="${answers.household}"]`).getAttribute('class'))
    .toContain('is-saved');

  await question('interests', 'interests.draw-day');
  await page.getByRole('button', { name: 'Tekenen' }).click();
  const canvas = page.locator('.drawing-pad svg[role="img"]');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + 120, { steps: 6 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Klaar' }).click();
  await page.locator('.drawing-preview').waitFor();
  // The inburgeraar's screen never speaks of two answers.
  expect(await page.getByText('Verschillende antwoorden').count()).toBe(0);

  await page.getByTestId('to-consultant').click();
  await enterPin(page);
  await page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
  await page.getByPlaceholder('Nieuwe notitie').fill(answers.note);
  await page.getByRole('button', { name: 'Notitie bewaren' }).click();
  await expect
    .poll(() => page.getByTestId('consultant-notes').textContent())
    .toContain(`${answers.note}`);
  expect(await page.getByTestId('consultant-notes').textContent()).toContain(name);
  // Apart, the tablet says plainly that it is offline and what has not been sent.
  expect(await page.getByTestId('connectivity').textContent()).toContain('Offline');
  await expect
    .poll(() => page.getByTestId('send-state').textContent())
    .toMatch(/wijzigingen staan alleen op deze tablet/);
  await page.goto(`${server.url}/#/`);
};

beforeAll(async () => {
  server = await startServer(undefined, dataDir);
  demo = await demoLogin(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('two tablets apart and together', () => {
  it('keeps every answer of both tablets: single as a choice, tiles and strokes merged, notes with their tablet', async () => {
    const a = await openTablet('Tablet Noord');
    const b = await openTablet('Tablet Zuid');

    // Tablet A makes the case and starts the intake; B receives it while both are online.
    await a.page.getByRole('button', { name: 'Nieuw gesprek' }).click();
    await a.page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Selam Tesfay');
    await a.page.getByLabel('العربية').check();
    await a.page.getByRole('button', { name: 'Maken' }).click();
    await a.page.getByRole('button', { name: 'Begin het gesprek' }).click();
    await a.page.getByRole('button', { name: 'Nederlands' }).click();
    await a.page.locator('.topic-card').first().waitFor();
    await a.page.getByTestId('to-consultant').click();
    await enterPin(a.page);
    await a.page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
    await a.page.goto(`${server.url}/#/`);
    await expect
      .poll(() => a.page.getByRole('button', { name: /Selam Tesfay/ }).textContent())
      .toContain('Op de server');
    await expect
      .poll(() => b.page.getByRole('button', { name: /Selam Tesfay/ }).isVisible())
      .toBe(true);
    await b.page.getByRole('button', { name: /Selam Tesfay/ }).click();
    await expect.poll(() => b.page.locator('.conversation-item').count()).toBe(1);
    await b.page.goto(`${server.url}/#/`);

    // Apart: the server is gone and neither tablet has a network.
    await server.stop();
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await answerApart(a, {
      partner: 'partner-here',
      household: 'with-children',
      note: 'Notitie van Noord',
    });
    await answerApart(b, {
      partner: 'partner-abroad',
      household: 'with-parents',
      note: 'Notitie van Zuid',
    });

    // Together again.
    server = await startServer(server.port, dataDir);
    await a.context.setOffline(false);
    await b.context.setOffline(false);
    for (const { page } of [a, b]) {
      await expect
        .poll(() => page.getByRole('button', { name: /Selam Tesfay/ }).textContent(), RECONNECT)
        .toContain('Verschillende antwoorden');
    }

    for (const tablet of [a, b]) {
      const { page } = tablet;
      await page.getByRole('button', { name: /Selam Tesfay/ }).click();
      const partner = page.locator('[data-question="family.partner"]');
      await expect
        .poll(() => partner.textContent(), RECONNECT)
        .toContain('Verschillende antwoorden');
      await expect
        .poll(() => page.getByTestId('send-state').textContent(), RECONNECT)
        .toContain('Alles van dit gesprek staat op de server');
      const partnerText = (await partner.textContent()) ?? '';
      expect(partnerText).toContain('Tablet Noord');
      expect(partnerText).toContain('Tablet Zuid');
      expect(await partner.getByRole('button', { name: 'Kies dit antwoord' }).count()).toBe(2);
      const household =
        (await page.locator('[data-question="family.household"]').textContent()) ?? '';
      expect(household).toContain('Met mijn kinderen');
      expect(household).toContain('Met mijn ouders');
      await expect
        .poll(() => page.getByTestId('consultant-notes').textContent(), RECONNECT)
        .toContain('Notitie van Zuid');
      const notes = (await page.getByTestId('consultant-notes').textContent()) ?? '';
      expect(notes).toContain('Notitie van Noord');
      expect(notes).toMatch(/Notitie van Noord|Tablet Noord/);
      expect(notes).toContain('Tablet Noord');
      expect(notes).toContain('Tablet Zuid');
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${server.url}/#/`);
    }

    // Both tablets' strokes are on the one drawing of the question, on each tablet.
    for (const { page } of [a, b]) {
      const question = await continueConversation(page);
      await question('interests', 'interests.draw-day');
      await expect.poll(() => page.locator('.drawing-preview path').count(), RECONNECT).toBe(2);
      await page.getByTestId('to-consultant').click();
      await enterPin(page);
      await page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
    }

    // The consultant chooses on tablet A; the choice settles it on tablet B too.
    const choice = a.page.locator('[data-question="family.partner"] .conflict-option', {
      hasText: 'Tablet Zuid',
    });
    await choice.getByRole('button', { name: 'Kies dit antwoord' }).click();
    await expect
      .poll(() => a.page.locator('[data-question="family.partner"]').textContent())
      .not.toContain('Verschillende antwoorden');
    expect(await a.page.locator('[data-question="family.partner"]').textContent()).toContain(
      'Ja, in een ander land',
    );
    await expect
      .poll(() => b.page.locator('[data-question="family.partner"]').textContent(), RECONNECT)
      .not.toContain('Verschillende antwoorden');
    expect(await b.page.locator('[data-question="family.partner"]').textContent()).toContain(
      'Ja, in een ander land',
    );
  });
});
