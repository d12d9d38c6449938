// Issue 6 point 8: the tablet lock and the handover to the inburgeraar, in the real app on the real server.
// Lock at start; auto-lock after five minutes without touches (fake clock); while handed over nothing of
// the consultant's is reachable, not even in the DOM, and the mode survives a reload; leaving needs the
// PIN; ten wrong PINs remove what is safely on the server and keep what is not; a revoked tablet wipes
// itself at its next contact with the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, TABLET_LANDSCAPE } from './lib/browser';
import { seriousViolations } from './lib/axe';
import { startServer, type RunningServer } from './lib/server';
import { choosePin, enterPin, PIN } from './lib/pin';
import {
  apiLogin,
  demoLogin,
  listCasesOverApi,
  loginTablet,
  revokeDeviceOverApi,
  type Credentials,
} from './lib/account';
import { installProbes, resetSeen, wasSeen } from './lib/probes';
import { databaseNames, readCaseIndex, readSetting } from './lib/tabletDb';

const WRONG_PIN = '1357';
const SECRET_NOTE = 'Geheime notitie 7391: schulden bij de buren';
const OTHER_NOTE = 'Notitie over de ander 5522';
const OTHER_NAME = 'Ander Persoon';

let server: RunningServer;
let browser: Browser;
let demo: Credentials;

beforeAll(async () => {
  server = await startServer();
  demo = await demoLogin(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh tablet whose clock the test can move forward (installed before the app loads). */
const newTablet = async (
  watch: string[] = [],
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ viewport: TABLET_LANDSCAPE, locale: 'nl-NL' });
  await installProbes(context, { watch });
  const page = await context.newPage();
  await page.clock.install();
  return { context, page };
};

/**
 * Lets the app finish what a fast-forward set off (React renders from a MessageChannel task, which the fake
 * clock does not hold back), so a check that something did NOT happen is not made too early.
 */
const settleUi = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        let rounds = 0;
        channel.port1.onmessage = () => (++rounds < 5 ? channel.port2.postMessage(0) : resolve());
        channel.port2.postMessage(0);
      }),
  );

const caseIdOf = (page: Page) => decodeURIComponent(/#\/case\/([^/]+)/.exec(page.url())?.[1] ?? '');

/** Creates a case as the consultant; returns its id. Leaves the app on the case page. */
const createCase = async (page: Page, name: string): Promise<string> => {
  await page.goto(`${new URL(page.url()).origin}/#/`);
  await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(name);
  await page.getByLabel('العربية').check();
  await page.getByRole('button', { name: 'Maken' }).click();
  await page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
  return caseIdOf(page);
};

const addNote = async (page: Page, text: string) => {
  const notes = page.getByTestId('consultant-notes');
  await notes.getByRole('textbox').fill(text);
  await notes.getByRole('button', { name: 'Notitie bewaren' }).click();
  await expect.poll(() => notes.locator('.notes').textContent()).toContain(text);
};

const lockScreen = (page: Page) => page.getByTestId('lock-screen');
const pinAlert = (page: Page) => lockScreen(page).getByRole('alert');
const home = (page: Page) => page.getByRole('heading', { name: 'Vandaag' });
const caseCard = (page: Page, name: string) => page.locator('.case-card', { hasText: name });

/** Ten wrong PINs on the lock screen, moving the fake clock over each pause; checks the messages on the way. */
const tenWrongPins = async (page: Page) => {
  const keypad = lockScreen(page).locator('.pin-key').first();
  for (let attempt = 1; attempt <= 10; attempt++) {
    await expect
      .poll(() => keypad.isEnabled(), { message: `keypad before attempt ${attempt}` })
      .toBe(true);
    await enterPin(page, WRONG_PIN);
    if (attempt < 5) {
      await expect.poll(() => pinAlert(page).textContent()).toContain(`Nog ${5 - attempt} poging`);
      continue;
    }
    // From the fifth on: a pause of one minute more each time; the keypad waits.
    await expect
      .poll(() => keypad.isDisabled(), { message: `pause after attempt ${attempt}` })
      .toBe(true);
    if (attempt < 10) {
      await expect
        .poll(() => pinAlert(page).textContent())
        .toBe('Te vaak een verkeerde pincode. Wacht even.');
      // The keypad stays off for the whole pause: move the clock past it.
      await page.clock.fastForward((attempt - 4) * 60_000 + 1000);
    }
  }
};

describe('lock at start and auto-lock', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await newTablet());
  });

  it('a new tablet asks for a PIN first, then locks at every start', async () => {
    await page.goto(server.url);
    await choosePin(page);
    await expect.poll(() => home(page).isVisible()).toBe(true);
    await page.reload();
    await lockScreen(page).waitFor();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Toets uw pincode' }).isVisible())
      .toBe(true);
    expect(await page.content()).not.toContain('Vandaag');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a wrong PIN in plain words and opens with the right one', async () => {
    await enterPin(page, WRONG_PIN);
    await expect
      .poll(() => pinAlert(page).textContent())
      .toBe('Verkeerde pincode. Nog 4 pogingen, dan moet u even wachten.');
    expect(await home(page).count()).toBe(0);
    await enterPin(page);
    await expect.poll(() => home(page).isVisible()).toBe(true);
  });

  it('locks after five minutes without a touch, and every touch starts the five minutes again', async () => {
    await page.clock.fastForward('04:00');
    await settleUi(page);
    expect(await lockScreen(page).count()).toBe(0);
    await home(page).click(); // a touch
    await page.clock.fastForward('04:00');
    await settleUi(page);
    expect(await lockScreen(page).count()).toBe(0);
    await expect.poll(() => home(page).isVisible()).toBe(true);
    await page.clock.fastForward('01:01');
    await lockScreen(page).waitFor();
    expect(await page.content()).not.toContain('Vandaag');
    await enterPin(page);
    await expect.poll(() => home(page).isVisible()).toBe(true);
  });
});

describe('handover to the inburgeraar', () => {
  let page: Page;
  let caseId = '';
  let otherId = '';
  let talkHash = '';

  /** The conversation is on screen and nothing of the consultant's is in the page. */
  const expectOnlyTheConversation = async () => {
    await expect
      .poll(() => new URL(page.url()).hash)
      .toMatch(new RegExp(`^#/case/${caseId}/talk/`));
    await expect
      .poll(() => page.locator('.conversation-bar [data-testid="to-consultant"]').isVisible())
      .toBe(true);
    const html = await page.content();
    for (const text of [
      SECRET_NOTE,
      OTHER_NOTE,
      OTHER_NAME,
      'Notities',
      'Vandaag',
      'Op deze tablet',
      'Instellingen',
      'Gesprek beginnen',
    ]) {
      expect(html, `"${text}" must not be on the inburgeraar's screen`).not.toContain(text);
    }
    expect(await page.getByTestId('consultant-notes').count()).toBe(0);
    expect(await lockScreen(page).count()).toBe(0);
  };

  it('the consultant writes notes on two cases', async () => {
    ({ page } = await newTablet([SECRET_NOTE, OTHER_NOTE]));
    await page.goto(server.url);
    await choosePin(page);
    otherId = await createCase(page, OTHER_NAME);
    await addNote(page, OTHER_NOTE);
    caseId = await createCase(page, 'Yonas Haile');
    await addNote(page, SECRET_NOTE);
    expect(await wasSeen(page, SECRET_NOTE)).toBe(true); // the probe works
  });

  it('hands the tablet over: only the conversation is on screen', async () => {
    await page.getByRole('button', { name: 'Begin het gesprek' }).click();
    await page.locator('.language-grid').waitFor();
    await page.getByRole('button', { name: 'ትግርኛ', exact: true }).click();
    await expect.poll(() => page.locator('.topic-card').count()).toBeGreaterThan(1);
    talkHash = new URL(page.url()).hash;
    // The notes were on the case page before; from now on they may not appear for a moment even.
    await resetSeen(page, SECRET_NOTE);
    await resetSeen(page, OTHER_NOTE);
    await expectOnlyTheConversation();
  });

  it('keeps the conversation when the case list, settings or a case page is asked for', async () => {
    for (const hash of [
      '#/',
      '#/settings',
      `#/case/${otherId}`,
      `#/case/${caseId}`,
      '#/case/unknown-case',
    ]) {
      await page.goto(`${server.url}/${hash}`);
      await expectOnlyTheConversation();
    }
    // The browser's back button does not lead out either.
    await page.goBack();
    await expectOnlyTheConversation();
    await page.goBack();
    await expectOnlyTheConversation();
    expect(await wasSeen(page, SECRET_NOTE)).toBe(false);
    expect(await wasSeen(page, OTHER_NOTE)).toBe(false);
  });

  it('does not open a consultant-only observation question by its URL', async () => {
    const conversationPath = talkHash.replace(/\/topics$/, '');
    await page.goto(`${server.url}/${conversationPath}/domain/languages/languages.obs-reading`);
    // Sent on to a question of the inburgeraar in that topic, never the observation itself.
    await expect
      .poll(() => new URL(page.url()).hash)
      .toMatch(/\/domain\/languages\/languages\.(?!obs-)/);
    expect(await page.locator('.question h1').count()).toBe(1);
    expect(new URL(page.url()).hash).not.toContain('obs-reading');
    await expectOnlyTheConversation();
  });

  it('does not lock by itself while the inburgeraar has the tablet', async () => {
    await page.clock.fastForward('10:00');
    await settleUi(page);
    await expectOnlyTheConversation();
  });

  it('stays handed over after a reload, also one asked for on the settings page', async () => {
    await page.reload();
    await expectOnlyTheConversation();
    await page.goto(`${server.url}/#/settings`);
    await page.reload();
    await expectOnlyTheConversation();
    expect(await wasSeen(page, SECRET_NOTE)).toBe(false);
    expect(await wasSeen(page, OTHER_NOTE)).toBe(false);
    expect(await readSetting<{ caseId: string }>(page, 'handover')).toMatchObject({ caseId });
  });

  it('leaves the handover only with the PIN: a wrong PIN is refused with a message', async () => {
    await page.getByTestId('to-consultant').click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Tablet terug naar de consulent' }).isVisible())
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await enterPin(page, WRONG_PIN);
    await expect.poll(() => pinAlert(page).textContent()).toContain('Verkeerde pincode');
    expect(await page.content()).not.toContain(SECRET_NOTE);
    // The inburgeraar can go back to the conversation without the PIN.
    await page.getByRole('button', { name: 'Terug naar het gesprek' }).click();
    await expectOnlyTheConversation();
    expect(new URL(page.url()).hash).toBe(talkHash);
    // The consultant takes the tablet back.
    await page.getByTestId('to-consultant').click();
    await enterPin(page);
    await page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
    expect(caseIdOf(page)).toBe(caseId);
    await expect
      .poll(() => page.getByTestId('consultant-notes').textContent())
      .toContain(SECRET_NOTE);
    expect(await readSetting(page, 'handover')).toBeUndefined();
  });
});

describe('ten wrong PINs', () => {
  let wipeServer: RunningServer;
  let page: Page;
  let syncedId = '';
  let unsyncedId = '';

  beforeAll(async () => {
    // A server of its own, so stopping it leaves the other tests alone.
    wipeServer = await startServer();
  });

  afterAll(async () => {
    await wipeServer?.stop();
  });

  it('has one case on the server and one only on the tablet', async () => {
    ({ page } = await newTablet());
    await loginTablet(page, wipeServer, await demoLogin(wipeServer));
    syncedId = await createCase(page, 'Sara Gesynct');
    await page.goto(`${wipeServer.url}/#/`);
    await expect.poll(() => caseCard(page, 'Sara Gesynct').textContent()).toContain('Op de server');
    await wipeServer.stop();
    await expect.poll(() => page.getByTestId('connectivity').textContent()).not.toContain('Online');
    unsyncedId = await createCase(page, 'Umar Alleen-hier');
    await page.goto(`${wipeServer.url}/#/`);
    await expect.poll(() => caseCard(page, 'Umar Alleen-hier').textContent()).toContain('wacht');
    const rows = await readCaseIndex(page);
    expect(rows.find((r) => r.id === syncedId)?.dirty).toBe(0);
    expect(rows.find((r) => r.id === unsyncedId)?.dirty).toBe(1);
  });

  it('pauses after five wrong PINs and removes what is on the server at the tenth, keeping the rest', async () => {
    await page.clock.fastForward('05:01');
    await lockScreen(page).waitFor();
    await tenWrongPins(page);
    await expect
      .poll(() => pinAlert(page).textContent())
      .toBe(
        'Te vaak een verkeerde pincode. Gesprekken die al op de server stonden, zijn van de tablet gehaald. 1 gesprek stond nog niet op de server en is bewaard.',
      );
    expect((await readCaseIndex(page)).map((r) => r.id)).toEqual([unsyncedId]);
    expect(await databaseNames(page)).not.toContain(`samenspraak-case-${syncedId}`);
    expect(await databaseNames(page)).toContain(`samenspraak-case-${unsyncedId}`);
  });

  it('opens again with the right PIN after the pause: the synced case is gone, the unsynced one is there', async () => {
    await page.clock.fastForward('06:01');
    await expect.poll(() => lockScreen(page).locator('.pin-key').first().isEnabled()).toBe(true);
    await enterPin(page, PIN);
    await expect.poll(() => home(page).isVisible()).toBe(true);
    await expect.poll(() => caseCard(page, 'Umar Alleen-hier').isVisible()).toBe(true);
    expect(await caseCard(page, 'Sara Gesynct').count()).toBe(0);
    await page.getByRole('button', { name: 'Instellingen' }).click();
    const onTablet = page.getByRole('region', { name: 'Op deze tablet', exact: true });
    await expect.poll(() => onTablet.textContent()).toContain('Umar Alleen-hier');
    expect(await onTablet.textContent()).not.toContain('Sara Gesynct');
  });
});

describe('after a PIN wipe', () => {
  it('does not download the removed case again while the tablet stays locked, not even when the app restarts', async () => {
    const { page } = await newTablet();
    await loginTablet(page, server, demo);
    const caseId = await createCase(page, 'Salma Weg');
    await page.goto(`${server.url}/#/`);
    await expect.poll(() => caseCard(page, 'Salma Weg').textContent()).toContain('Op de server');
    await page.clock.fastForward('05:01');
    await lockScreen(page).waitFor();
    await tenWrongPins(page);
    await expect
      .poll(() => pinAlert(page).textContent())
      .toContain('Gesprekken die al op de server stonden, zijn van de tablet gehaald.');
    expect((await readCaseIndex(page)).map((r) => r.id)).not.toContain(caseId);
    // Whoever has the tablet now restarts the app while it is online.
    const caseList = page
      .waitForResponse((r) => new URL(r.url()).pathname === '/api/cases', { timeout: 10_000 })
      .catch(() => null);
    await page.reload();
    await lockScreen(page).waitFor();
    if (await caseList) {
      // The locked tablet asked the server for its cases. A download would land within a few hundred
      // milliseconds (it is indexed 300 ms after it arrives): watch for three seconds.
      const onTablet = async () => ({
        listed: (await readCaseIndex(page)).some((r) => r.id === caseId),
        stored: (await databaseNames(page)).includes(`samenspraak-case-${caseId}`),
      });
      for (
        const until = Date.now() + 3000;
        Date.now() < until;
        await new Promise((r) => setTimeout(r, 100))
      ) {
        expect(await onTablet(), 'the removed case is back on the locked tablet').toEqual({
          listed: false,
          stored: false,
        });
      }
    }
    expect(await lockScreen(page).isVisible()).toBe(true);
  });
});

describe('a revoked tablet', () => {
  let beheer: { accessToken: string; deviceId: string };

  beforeAll(async () => {
    // The beheerder's own laptop, a device of its own, revokes the tablets.
    beheer = await apiLogin(server, demo, 'Laptop beheerder');
  });

  const deviceIdOf = async (page: Page): Promise<string> => {
    const session = await readSetting<{ deviceId: string }>(page, 'session');
    if (!session?.deviceId) throw new Error('No session on the tablet');
    expect(session.deviceId).not.toBe(beheer.deviceId);
    return session.deviceId;
  };

  /** Logs a fresh tablet in and makes a case; waits until the server has it and the tablet has every case of the server. */
  const tabletWithCase = async (
    page: Page,
    name: string,
  ): Promise<{ deviceId: string; caseId: string }> => {
    await loginTablet(page, server, demo);
    const caseId = await createCase(page, name);
    await page.goto(`${server.url}/#/`);
    await expect.poll(() => caseCard(page, name).textContent()).toContain('Op de server');
    const onServer = (await listCasesOverApi(server, beheer.accessToken))
      .map((c) => c.caseId)
      .sort();
    await expect
      .poll(async () => (await readCaseIndex(page)).map((r) => r.id).sort())
      .toEqual(onServer);
    return { deviceId: await deviceIdOf(page), caseId };
  };

  /** Back at the very first start: choose a PIN, and no case and no session are left. */
  const expectWiped = async (page: Page, name: string, caseId: string) => {
    await expect
      .poll(() => page.getByRole('heading', { name: 'Kies een pincode' }).isVisible())
      .toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    expect((await databaseNames(page)).filter((n) => n.startsWith('samenspraak-case-'))).toEqual(
      [],
    );
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await choosePin(page);
    await expect.poll(() => home(page).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText('Nog geen gesprekken op deze tablet.').isVisible())
      .toBe(true);
    expect(await caseCard(page, name).count()).toBe(0);
    expect(await readSetting(page, 'session')).toBeUndefined();
    expect(await databaseNames(page)).not.toContain(`samenspraak-case-${caseId}`);
    await expect.poll(() => page.getByRole('button', { name: 'Inloggen' }).isVisible()).toBe(true);
  };

  it('wipes itself when revoked while it is online', async () => {
    const { page } = await newTablet();
    const { deviceId, caseId } = await tabletWithCase(page, 'Rita Ingetrokken');
    await revokeDeviceOverApi(server, beheer.accessToken, deviceId);
    await expectWiped(page, 'Rita Ingetrokken', caseId);
  });

  it('wipes itself at its next start when it was revoked while switched off', async () => {
    const { context, page } = await newTablet();
    const { deviceId, caseId } = await tabletWithCase(page, 'Rachid Uitgezet');
    await page.close();
    await revokeDeviceOverApi(server, beheer.accessToken, deviceId);
    // Next morning the consultant opens the app: the locked start screen talks to the server.
    const next = await context.newPage();
    await next.goto(server.url);
    await expectWiped(next, 'Rachid Uitgezet', caseId);
  });

  it('wipes also the cases it was still downloading when it was switched off', async () => {
    // A colleague's tablet has put two cases on the server.
    const colleague = await newTablet();
    await loginTablet(colleague.page, server, demo);
    const colleagueCase = await createCase(colleague.page, 'Collega Een');
    await createCase(colleague.page, 'Collega Twee');
    await colleague.page.goto(`${server.url}/#/`);
    for (const name of ['Collega Een', 'Collega Twee']) {
      await expect
        .poll(() => caseCard(colleague.page, name).textContent())
        .toContain('Op de server');
    }
    await colleague.context.close();

    // This tablet logs in and starts to download them; it is switched off in the middle of that.
    const { context, page } = await newTablet();
    await loginTablet(page, server, demo);
    const downloading = async () => {
      const listed = new Set((await readCaseIndex(page)).map((r) => `samenspraak-case-${r.id}`));
      return (await databaseNames(page)).filter(
        (n) => n.startsWith('samenspraak-case-') && !listed.has(n),
      );
    };
    await expect.poll(async () => (await downloading()).length, { interval: 5 }).toBeGreaterThan(0);
    const deviceId = await deviceIdOf(page);
    await page.close();
    await revokeDeviceOverApi(server, beheer.accessToken, deviceId);
    const next = await context.newPage();
    await next.goto(server.url);
    await expectWiped(next, 'Collega Een', colleagueCase);
  });
});
