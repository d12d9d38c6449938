// Revoking a tablet from another one, through the dialog that asks how: a retired tablet that was
// offline with an unsent note sends it when it is back, then wipes itself and says why; a tablet
// reported lost wipes itself at its next contact and says so. Nothing is pre-chosen in the dialog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { apiLogin, demoLogin, loginTablet, type Credentials } from './lib/account';
import { startServer, type RunningServer } from './lib/server';
import { choosePin } from './lib/pin';

let server: RunningServer;
let browser: Browser;
let demo: Credentials;

const tablet = async (name: string): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ viewport: TABLET_LANDSCAPE });
  const page = await context.newPage();
  await loginTablet(page, server, demo, name);
  return { context, page };
};

const makeCase = async (page: Page, name: string): Promise<string> => {
  await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(name);
  await page.getByLabel('Soomaali').check();
  await page.getByRole('button', { name: 'Maken' }).click();
  await page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
  const caseId = /#\/case\/([^/]+)/.exec(page.url())![1]!;
  await page.goto(`${server.url}/#/`);
  await expect
    .poll(() => page.getByRole('button', { name: new RegExp(name) }).textContent())
    .toContain('Op de server');
  return caseId;
};

/** On the manager's tablet: Settings → the device list → revoke the named tablet in the chosen way. */
const revokeFrom = async (
  page: Page,
  tabletName: string,
  how: 'Buiten gebruik stellen' | 'Kwijt of gestolen',
  confirm: string,
) => {
  await page.goto(`${server.url}/#/settings`);
  const row = page.getByTestId('devices').locator('li', { hasText: tabletName });
  const dialog = page.getByRole('dialog');
  // The list may still be refreshing from the server when it is first tapped: tap again until the dialog is there.
  await expect
    .poll(async () => {
      if ((await dialog.count()) === 0)
        await row.getByRole('button', { name: /Intrekken/ }).click();
      return (await dialog.count()) > 0 ? dialog.getByRole('heading').textContent() : '';
    })
    .toContain(tabletName);
  // Nothing is chosen beforehand, so one tap cannot revoke.
  expect(await dialog.getByRole('button', { name: 'Kies eerst hoe' }).isDisabled()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByLabel(how).check();
  await dialog.getByRole('button', { name: confirm }).click();
  await expect
    .poll(() => row.textContent())
    .toMatch(how === 'Buiten gebruik stellen' ? /Buiten gebruik/ : /Ingetrokken/);
};

beforeAll(async () => {
  server = await startServer();
  demo = await demoLogin(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('retire versus lost', () => {
  it('a retired tablet sends the note it held offline, then wipes itself and says why', async () => {
    const manager = await tablet('Tablet Teamleider');
    const old = await tablet('Tablet Oud');
    const caseId = await makeCase(old.page, 'Asha Warsame');

    // Offline, the consultant writes a note the server does not have yet.
    await old.context.setOffline(true);
    await expect
      .poll(() => old.page.getByTestId('connectivity').textContent())
      .toContain('Offline');
    await old.page.getByRole('button', { name: /Asha Warsame/ }).click();
    await old.page.getByPlaceholder('Nieuwe notitie').fill('Nog niet verstuurd');
    await old.page.getByRole('button', { name: 'Notitie bewaren' }).click();
    await expect
      .poll(() => old.page.getByTestId('send-state').textContent())
      .toContain('alleen op deze tablet');

    await revokeFrom(
      manager.page,
      'Tablet Oud',
      'Buiten gebruik stellen',
      '‘Tablet Oud’ buiten gebruik stellen',
    );

    await old.page.goto(`${server.url}/#/`);
    await old.context.setOffline(false);
    await expect
      .poll(() => old.page.getByTestId('wiped').textContent(), { timeout: 60_000 })
      .toContain('buiten gebruik gesteld');
    await old.page.getByRole('heading', { name: 'Kies een pincode' }).waitFor();
    expect(await seriousViolations(old.page)).toEqual([]);

    const token = (await apiLogin(server, demo, 'controle')).accessToken;
    const exported = (await (
      await fetch(`${server.url}/api/cases/${caseId}/export`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as {
      case: { notes: { text: string }[] };
    };
    expect(exported.case.notes.map((n) => n.text)).toEqual(['Nog niet verstuurd']);
  });

  it('a tablet reported lost wipes itself at its next contact and says so', async () => {
    const manager = await tablet('Tablet Beheer');
    const lost = await tablet('Tablet Kwijt');
    await makeCase(lost.page, 'Abdi Nur');
    await revokeFrom(
      manager.page,
      'Tablet Kwijt',
      'Kwijt of gestolen',
      '‘Tablet Kwijt’ als kwijt melden en leegmaken',
    );
    await expect
      .poll(() => lost.page.getByTestId('wiped').textContent(), { timeout: 30_000 })
      .toContain('kwijt of gestolen');
    await startsAnew(lost.page);
  });
});

/** After the wipe the tablet starts anew: it asks for a new PIN, nothing of before is there. */
const startsAnew = async (page: Page) => {
  await page.getByRole('heading', { name: 'Kies een pincode' }).waitFor();
  await choosePin(page);
  await expect.poll(() => page.getByRole('heading', { name: 'Vandaag' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: /Abdi Nur/ }).count()).toBe(0);
};
