// The PIP in the built app, offline: from an intake to a plan both sign (version 1), a change after a
// voortgangsgesprek (version 2), the two compared, the deadlines that clear, and the inburgeraar's copies —
// the decision letter and "Mijn plan" — printed to PDF in Dutch, Arabic and Tigrinya, read back and turned
// into PNG pages for the docs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { demoLogin, loginTablet, type Credentials } from './lib/account';
import { startServer, type RunningServer } from './lib/server';
import { makeCaseInApp } from './lib/newCase';
import { enterPin } from './lib/pin';
import { goOfflineWhenPrecached } from './lib/offline';
import { ensurePoppler, pdfPages, pdfText, pdfToPng } from './lib/poppler';
import { MONTH_NAMES } from '../../src/content/monthNames';

const SHOTS = 'docs/screenshots';
const PDFS = mkdtempSync(join(tmpdir(), 'samenspraak-pip-'));
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let demo: Credentials;
let page: Page;

const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Signs on a pad with the mouse, as a finger would: a few strokes. */
const sign = async (pad: Locator) => {
  await pad.locator('svg').scrollIntoViewIfNeeded();
  const box = (await pad.locator('svg').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * 0.6);
  await page.mouse.down();
  for (const [x, y] of [
    [0.25, 0.3],
    [0.35, 0.7],
    [0.45, 0.35],
    [0.6, 0.65],
    [0.8, 0.4],
  ] as const) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 4 });
  }
  await page.mouse.up();
};

const signBoth = async () => {
  const pads = page.getByTestId('signature');
  await sign(pads.nth(0));
  await sign(pads.nth(1));
};

const printToPdf = async (name: string): Promise<string> => {
  const file = join(PDFS, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  pdfToPng(file, `${SHOTS}/print-${name}`);
  return file;
};

beforeAll(async () => {
  ensurePoppler();
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

describe('the PIP, offline, from intake to signed versions and printed copies', () => {
  it('makes a plan after the intake and both sign it: version 1, the PIP deadline clears and the term shows', async () => {
    await loginTablet(page, server, demo, 'tablet pip');
    await makeCaseInApp(page, 'Samira Haddad', 'العربية');
    await page.locator('#registration-date-input').fill(daysFromNow(-60));
    await page.getByRole('button', { name: 'Datum bewaren' }).click();
    await expect
      .poll(() => page.getByTestId('deadline-pip').textContent())
      .toContain('PIP uiterlijk');
    expect(await page.getByTestId('deadline-pip').getAttribute('class')).toContain('chip-soon');

    // The intake: a conversation in Arabic, a picture tapped, the tablet taken back with the PIN.
    await page.getByRole('button', { name: 'Begin het gesprek' }).click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('.topic-card').first().click();
    await page.locator('[data-tile="partner-here"]').click();
    await page.locator('[data-tile="partner-here"]').waitFor({ state: 'detached' });
    // The intake ends: he says how it was and hands the tablet back.
    await page.goto(page.url().replace(/\/domain\/.*$/, '/end'));
    await page.locator('[data-face="clear-good"]').click();
    await page.getByRole('button', { name: /Klaar – geef de tablet terug/ }).click();
    await enterPin(page);
    await page.getByTestId('leerroute').waitFor();

    // From here on the tablet is offline (the service worker holds the app, the PIP's screens included).
    await goOfflineWhenPrecached(page, context);

    const route = page.getByTestId('leerroute');
    await route.getByLabel('Gedaan op').fill(daysFromNow(-3));
    await route.getByLabel('B1 haalbaar').check();
    await route.getByRole('button', { name: 'Uitslag bewaren' }).click();
    await route.getByLabel(/B1-route/).check();
    await route.getByRole('button', { name: 'Leerroute vastleggen' }).click();
    await expect
      .poll(() => route.getByTestId('leerroute-current').textContent())
      .toContain('Vastgelegd: B1-route');

    await page.getByRole('button', { name: 'PIP maken' }).click();
    await page.getByRole('heading', { name: 'Beschikking' }).waitFor();
    expect(await page.getByTestId('plan-route').textContent()).toContain('B1-route');
    await page.getByTestId('basis-income').getByRole('button', { name: 'Bezig' }).click();
    await page.getByTestId('basis-housing').getByRole('button', { name: 'Op orde' }).click();

    await page.getByRole('button', { name: '+ Afspraak toevoegen' }).click();
    const form = page.getByTestId('afspraak-form');
    await form.getByLabel('Wat').fill('Taalcoach zoeken');
    await form.getByLabel('Wie', { exact: true }).selectOption('vluchtelingenwerk');
    await form.getByLabel('Wanneer').fill(daysFromNow(30));
    await form.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByRole('button', { name: '+ Afspraak toevoegen' }).click();
    await form.getByLabel('Wat').fill('Kinderopvang aanvragen');
    await form.getByLabel('Wie', { exact: true }).selectOption('gemeente');
    await form.getByLabel('Wanneer').fill(daysFromNow(14));
    await form.getByRole('button', { name: 'Bewaren' }).click();
    await expect.poll(() => page.getByTestId('afspraak').count()).toBe(2);

    const goal = page.getByLabel('Zijn doel, in zijn woorden');
    await goal.fill('Een eigen naaiatelier');
    await goal.blur();
    await page.locator('.step-kind', { hasText: 'Proefdag' }).click();
    await page
      .getByTestId('plan-perspectief')
      .getByLabel('Wat')
      .fill('Proefdag bij kleermaker in de wijk');
    await page.getByTestId('plan-perspectief').getByLabel('Wanneer').fill(daysFromNow(21));
    await page.getByTestId('plan-perspectief').getByRole('button', { name: 'Bewaren' }).click();
    await expect.poll(() => page.getByTestId('step').count()).toBe(1);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/nl-landscape-pip-builder.png`, fullPage: true });
    await page.setViewportSize(TABLET_PORTRAIT);
    await page.screenshot({ path: `${SHOTS}/nl-portrait-pip-builder.png` });
    await page.setViewportSize(TABLET_LANDSCAPE);

    const name = page.getByLabel('Naam van de consulent');
    await name.fill('Consulent De Vries');
    await name.blur();
    await page.getByTestId('plan-sign').scrollIntoViewIfNeeded();
    await signBoth();
    await expect.poll(() => page.getByTestId('plan-problems').allTextContents()).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/nl-landscape-pip-sign.png` });
    await page.getByRole('button', { name: 'Vaststellen' }).click();
    await expect.poll(() => page.getByTestId('version').count()).toBe(1);
    expect(await page.getByTestId('version-hash').first().textContent()).toContain('✓ onveranderd');

    await page.getByRole('button', { name: '← Terug naar het dossier' }).click();
    await expect
      .poll(() => page.getByTestId('deadline-pip').textContent())
      .toContain('✓ PIP vastgesteld op');
    expect(await page.getByTestId('deadline-pip').getAttribute('class')).toContain('chip-calm');
    expect(await page.getByTestId('deadline-termijn').textContent()).toContain(
      `Inburgeringstermijn tot`,
    );
    expect(await page.getByTestId('deadline-termijn').textContent()).toContain(
      String(new Date().getUTCFullYear() + 3),
    );
    await page.getByRole('button', { name: 'Samenspraak' }).click();
    await expect
      .poll(() => page.locator('.case-card').first().textContent())
      .toContain('✓ PIP vastgesteld op');
  });

  it('changes the plan after a voortgangsgesprek into version 2 and compares the two', async () => {
    await page.locator('.case-card').first().click();
    await page.getByRole('button', { name: 'PIP bekijken en aanvullen' }).click();
    const taalcoach = page.getByTestId('afspraak').filter({ hasText: 'Taalcoach zoeken' });
    await taalcoach.getByRole('button', { name: 'Aanpassen' }).click();
    await page.getByTestId('afspraak-form').getByLabel('Wanneer').fill(daysFromNow(60));
    await page.getByTestId('afspraak-form').getByRole('button', { name: 'Bewaren' }).click();
    await page
      .getByRole('heading', { name: 'Versie 2 tekenen en vaststellen' })
      .scrollIntoViewIfNeeded();
    expect(await page.getByLabel('Na een voortgangsgesprek').isChecked()).toBe(true);
    await signBoth();
    await expect.poll(() => page.getByTestId('plan-problems').allTextContents()).toEqual([]);
    await page.getByRole('button', { name: 'Vaststellen' }).click();
    await expect.poll(() => page.getByTestId('version').count()).toBe(2);
    const compare = page.getByTestId('compare');
    await compare.waitFor();
    expect(await compare.textContent()).toContain('Afspraken › Taalcoach zoeken › wanneer');
    expect(await compare.locator('tbody tr').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/nl-landscape-pip-versions.png`, fullPage: true });
    await page.setViewportSize(TABLET_PORTRAIT);
    await page.screenshot({ path: `${SHOTS}/nl-portrait-pip-versions.png` });
    await page.setViewportSize(TABLET_LANDSCAPE);
  });

  it('prints the letter in Dutch with Arabic (right-to-left) and with Tigrinya, and Dutch alone, offline', async () => {
    await page
      .getByTestId('version')
      .nth(1)
      .getByRole('button', { name: 'Brief (beschikking)' })
      .click();
    const letter = page.getByTestId('letter');
    await letter.waitFor();
    expect(await letter.locator('.letter-col[lang="ar"]').first().getAttribute('dir')).toBe('rtl');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/ar-landscape-pip-letter.png` });
    await page.setViewportSize(TABLET_PORTRAIT);
    await page.screenshot({ path: `${SHOTS}/ar-portrait-pip-letter.png` });
    await page.setViewportSize(TABLET_LANDSCAPE);

    const ar = pdfText(await printToPdf('letter-ar'));
    expect(ar).toContain('Besluit: uw persoonlijk plan inburgering en participatie (PIP)');
    expect(ar).toMatch(/binnen 6 weken bezwaar.*rechtbank/);
    expect(ar).toMatch(/[\u0600-\u06FF]{4,}/);
    expect(ar).toContain('Taalcoach zoeken');

    await page.getByLabel('Tweede taal op de afdruk').selectOption('ti');
    await expect.poll(() => letter.locator('.letter-col[lang="ti"]').count()).toBeGreaterThan(0);
    const ti = pdfText(await printToPdf('letter-ti'));
    expect(ti).toMatch(/[\u1200-\u137F]{3,}/);
    // Days in Tigrinya month names (the browser has no Tigrinya date data), never in English.
    expect(MONTH_NAMES.ti!.some((month) => ti.includes(month))).toBe(true);
    expect(ti).not.toMatch(
      /January|February|March|April|May|June|July|August|September|October|November|December/,
    );
    expect(ti).toMatch(/bezwaar.*rechtbank/);

    await page.getByLabel('Tweede taal op de afdruk').selectOption('nl');
    await expect
      .poll(() => letter.locator('.letter-col[lang="ar"], .letter-col[lang="ti"]').count())
      .toBe(0);
    const nl = await printToPdf('letter-nl');
    expect(pdfText(nl)).not.toMatch(/[\u0600-\u06FF\u1200-\u137F]/);
    expect(pdfPages(nl)).toBeGreaterThanOrEqual(1);
  });

  it('prints "Mijn plan" — pictures, days as calendar leaves — on one page in Arabic and in Tigrinya', async () => {
    await page.getByRole('button', { name: /^Versies/ }).click();
    await page
      .getByTestId('version')
      .nth(1)
      .getByRole('button', { name: 'Mijn plan (plaatjes)' })
      .click();
    const plan = page.getByTestId('picture-plan');
    await plan.waitFor();
    await expect.poll(() => plan.getByTestId('agreement-card').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/ar-landscape-pip-picture.png`, fullPage: true });
    await page.setViewportSize(TABLET_PORTRAIT);
    await page.screenshot({ path: `${SHOTS}/ar-portrait-pip-picture.png` });
    await page.setViewportSize(TABLET_LANDSCAPE);
    const ar = await printToPdf('picture-ar');
    expect(pdfPages(ar)).toBe(1);
    expect(pdfText(ar)).toMatch(/[\u0600-\u06FF]{3,}/);

    await page.getByLabel('Tweede taal op de afdruk').selectOption('ti');
    await expect.poll(() => plan.locator('[lang="ti"]').count()).toBeGreaterThan(0);
    const ti = await printToPdf('picture-ti');
    expect(pdfPages(ti)).toBe(1);
    expect(pdfText(ti)).toMatch(/[\u1200-\u137F]{3,}/);
  });

  it('shows at the end of the next conversation, in his language, what was agreed and when we talk again', async () => {
    await page.getByRole('button', { name: '← Terug naar het dossier' }).click();
    // The intake has ended: the next conversation begins, in Arabic.
    await page.getByRole('button', { name: 'Begin het gesprek' }).click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.url()).toMatch(/\/topics$/);
    await page.goto(page.url().replace(/\/topics$/, '/end'));
    const agreed = page.getByTestId('end-agreed');
    await agreed.waitFor();
    expect(await agreed.getByTestId('agreement-card').count()).toBe(2);
    expect(await agreed.textContent()).toContain('البلدية');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/ar-landscape-end-agreed.png`, fullPage: true });
    await page.setViewportSize(TABLET_PORTRAIT);
    await page.screenshot({ path: `${SHOTS}/ar-portrait-end-agreed.png` });
    await page.setViewportSize(TABLET_LANDSCAPE);
    await context.setOffline(false);
  });
});
