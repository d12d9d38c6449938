// The main screens in WebKit at iPad sizes (1024×768 sideways, 820×1180 upright), in Dutch and in Arabic, saved in
// docs/screenshots/ipad-*.png to be looked at: the home screen, a case, the language choice, the topics, a question
// and the explanation cards. Each screen is checked to fit the width (no sideways scrolling on an iPad).
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './lib/server';
import { visible, waitUntil, type EngineDriver } from './lib/engines/engine';
import { startWebKit, webkitMissing } from './lib/engines/webkit';
import { choosePin, makeCase } from './lib/engines/steps';

const SHOTS = 'docs/screenshots';
const IPAD = {
  landscape: { width: 1024, height: 768 },
  portrait: { width: 820, height: 1180 },
} as const;

const missing = webkitMissing();
if (missing) console.warn(`Left out: ${missing}`);

describe.skipIf(!!missing && !process.env.CI)('the main screens on an iPad (WebKit)', () => {
  let server: RunningServer;
  let driver: EngineDriver;
  afterAll(async () => {
    await driver?.close();
    await server?.stop();
  });

  /** The screen at both iPad sizes, once its fonts and pictures are there; it must fit the width. */
  const shoot = async (lang: 'nl' | 'ar', screen: string) => {
    for (const [orientation, size] of Object.entries(IPAD)) {
      await driver.resize(size);
      await waitUntil(
        driver,
        `${screen} settled`,
        'await document.fonts.ready; return [...document.images].every((i) => i.complete) && window.innerWidth > 0;',
      );
      expect(
        await driver.evaluate<boolean>(
          'return document.documentElement.scrollWidth <= window.innerWidth;',
        ),
        `${screen} fits ${orientation}`,
      ).toBe(true);
      await driver.screenshot(`${SHOTS}/ipad-${lang}-${orientation}-${screen}.png`);
    }
    await driver.resize(IPAD.landscape);
  };

  it("shows the consultant's screens in Dutch and the conversation in Arabic and Dutch", async () => {
    expect(missing).toBeUndefined();
    server = await startServer();
    driver = await startWebKit(IPAD.landscape);
    await driver.goto(server.url);
    await choosePin(driver);
    await shoot('nl', 'home');

    await makeCase(driver, 'Samira Haddad', 'ar');
    await shoot('nl', 'case');

    await driver.click('button', 'Begin het gesprek');
    await waitUntil(driver, 'the language choice', visible('button', 'العربية'));
    await shoot('ar', 'language');
    await driver.click('button', 'العربية');
    await waitUntil(
      driver,
      'the topics in Arabic',
      "return document.documentElement.dir === 'rtl' && !!document.querySelector('.topic-card');",
    );
    await shoot('ar', 'topics');
    await driver.click('.topic-card');
    await waitUntil(driver, 'a question', visible('[data-tile]'));
    await shoot('ar', 'question');

    await driver.click('.conversation-bar .back-button');
    await waitUntil(driver, 'the topics again', visible('.topic-card-explain'));
    await driver.click('.topic-card-explain');
    await waitUntil(driver, 'the explanation cards', visible('[data-card]'));
    await shoot('ar', 'explanations');

    await driver.click('.conversation-bar .back-button');
    await waitUntil(driver, 'the topics again', visible('.topic-card'));
    await driver.click('.conversation-bar .back-button');
    await waitUntil(driver, 'the language choice again', visible('button', 'Nederlands'));
    await driver.click('button', 'Nederlands');
    await waitUntil(
      driver,
      'the topics in Dutch',
      "return document.documentElement.dir === 'ltr' && !!document.querySelector('.topic-card');",
    );
    await driver.click('.topic-card');
    await waitUntil(driver, 'a question in Dutch', visible('[data-tile]'));
    await shoot('nl', 'question');
  });
});
