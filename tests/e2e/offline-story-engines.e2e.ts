// The offline story in the other engines a municipality's tablets run — WebKit (as on an iPad) and Firefox: choose
// a PIN, make a case, hold the conversation in Arabic by tapping pictures, then the server goes away (these engines
// have no offline switch here, so it is stopped), the page reloads from the service worker, and every answer is
// there. Chromium runs the same story, with more, in offline-conversation.e2e.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { TABLET_LANDSCAPE } from './lib/browser';
import { startServer, type RunningServer } from './lib/server';
import { visible, waitUntil, type EngineDriver } from './lib/engines/engine';
import { firefoxMissing, startFirefox } from './lib/engines/firefox';
import { startWebKit, webkitMissing } from './lib/engines/webkit';
import { choosePin, enterPin, makeCase } from './lib/engines/steps';

const SHOTS = 'docs/screenshots';
/** The answers tapped, question by question (the first topic, "family"), as the dots list them. */
const ANSWERS: [number, string[]][] = [
  [1, ['partner-here']],
  [2, ['no']],
  [3, ['with-partner', 'with-siblings']],
  [4, ['unsure']],
  [5, ['face-good']],
];

const engines: {
  name: string;
  missing: () => string | undefined;
  start: () => Promise<EngineDriver>;
}[] = [
  { name: 'webkit', missing: webkitMissing, start: () => startWebKit(TABLET_LANDSCAPE) },
  { name: 'firefox', missing: firefoxMissing, start: () => startFirefox(TABLET_LANDSCAPE) },
];

const tapTile = async (driver: EngineDriver, tile: string) => {
  await waitUntil(driver, `tile ${tile}`, visible(`[data-tile="${tile}"]`));
  await driver.click(`[data-tile="${tile}"]`);
  await waitUntil(
    driver,
    `tile ${tile} chosen`,
    `return document.querySelector('[data-tile="${tile}"]')?.getAttribute('aria-pressed') === 'true';`,
  );
};

for (const engine of engines) {
  const missing = engine.missing();
  if (missing) console.warn(`Left out: ${missing}`);

  describe.skipIf(!!missing && !process.env.CI)(`offline story in ${engine.name}`, () => {
    let server: RunningServer;
    let driver: EngineDriver;
    afterAll(async () => {
      await driver?.close();
      await server?.stop();
    });

    it('holds a conversation in Arabic by tapping pictures, and finds every answer after the server is gone', async () => {
      // On CI a missing engine is a failure, not a skip: the story must run in all three.
      expect(missing).toBeUndefined();
      server = await startServer();
      driver = await engine.start();
      await driver.goto(server.url);
      await choosePin(driver);
      // The service worker holds the whole app before the server may go.
      await waitUntil(
        driver,
        'the precache',
        "await navigator.serviceWorker.ready; return (await caches.keys()).some((k) => k.includes('precache'));",
        60_000,
      );

      await makeCase(driver, 'Samira Haddad', 'ar');
      await driver.click('button', 'Begin het gesprek');
      await waitUntil(driver, 'the language choice', visible('button', 'العربية'));
      await driver.click('button', 'العربية');
      await waitUntil(
        driver,
        'Arabic, right to left',
        "return document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl';",
      );
      await waitUntil(driver, 'the topics', visible('.topic-card'));
      await driver.click('.topic-card');

      await tapTile(driver, 'partner-here');
      await tapTile(driver, 'no');
      await tapTile(driver, 'with-partner');
      await tapTile(driver, 'with-siblings');
      await driver.click('.answer-area .next-button');
      await tapTile(driver, 'unsure');
      await tapTile(driver, 'face-good');
      await driver.screenshot(`${SHOTS}/ar-landscape-${engine.name}-question.png`);

      // The server goes away; the tablet reloads the app from its service worker and its own database.
      await server.stop();
      await driver.reload();
      await driver.goto(`${server.url}/#/`);
      await waitUntil(
        driver,
        'the conversation after the reload',
        visible('[data-testid="to-consultant"]'),
        30_000,
      );
      await driver.click('[data-testid="to-consultant"]');
      await waitUntil(driver, 'the PIN pad to take the tablet back', visible('.pin-key'));
      await enterPin(driver);
      await waitUntil(
        driver,
        'the case page with five answers',
        "return [...document.querySelectorAll('button')].some((b) => /5 antwoorden/.test(b.textContent));",
        30_000,
      );
      const answersButton = (
        await driver.evaluate<string[]>(
          "return [...document.querySelectorAll('button')].map((b) => b.textContent.trim());",
        )
      ).find((t) => /5 antwoorden/.test(t));
      await driver.click('button', answersButton);
      await waitUntil(driver, 'the topics again', visible('.topic-card'));
      await driver.click('.topic-card');
      for (const [index, tiles] of ANSWERS) {
        const dot = `.progress-dots li:nth-child(${index}) .dot-button`;
        await waitUntil(driver, `dot ${index}`, visible(dot));
        await driver.click(dot);
        for (const tile of tiles) {
          await waitUntil(
            driver,
            `answer ${tile} still chosen`,
            `return document.querySelector('[data-tile="${tile}"]')?.getAttribute('aria-pressed') === 'true';`,
          );
        }
      }
    });
  });
}
