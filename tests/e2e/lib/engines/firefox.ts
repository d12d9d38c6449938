// Firefox ESR (Debian's firefox-esr), headless, driven over WebDriver BiDi by puppeteer-core: no driver binary,
// no browser download. The tablet size is the viewport; offline is tested by stopping the server.
import puppeteer, { type Page } from 'puppeteer-core';
import type { EngineDriver } from './engine';
import { ensurePrograms } from './install';

export const FIREFOX = '/usr/bin/firefox-esr';

export const firefoxMissing = (): string | undefined =>
  ensurePrograms('Firefox', [{ program: FIREFOX, debianPackage: 'firefox-esr' }]);

const firstMatch = async (page: Page, css: string, text?: string) => {
  for (const handle of await page.$$(css)) {
    const matches = await handle.evaluate(
      (e, wanted) =>
        e.getClientRects().length > 0 &&
        (wanted === null || (e.textContent ?? '').trim() === wanted),
      text ?? null,
    );
    if (matches) return handle;
    await handle.dispose();
  }
  throw new Error(`Firefox: nothing visible matches ${css}${text ? ` "${text}"` : ''}`);
};

export const startFirefox = async (viewport: {
  width: number;
  height: number;
}): Promise<EngineDriver> => {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: viewport,
  });
  const page = await browser.newPage();
  return {
    name: 'Firefox',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    click: async (css, text) => (await firstMatch(page, css, text)).click(),
    type: async (css, text) => (await firstMatch(page, css)).type(text),
    evaluate: <T>(body: string) => page.evaluate(`(async () => { ${body} })()`) as Promise<T>,
    resize: (viewport) => page.setViewport(viewport),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => browser.close(),
  };
};
