// WebKit as on an iPad, as far as Linux has it: Debian's WebKitGTK MiniBrowser under Xvfb, driven by its W3C
// WebDriver (WebKitWebDriver) through selenium-webdriver. No offline switch: the offline story stops the server.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { EngineDriver } from './engine';
import { ensurePrograms } from './install';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const webkitMissing = (): string | undefined =>
  ensurePrograms('WebKit', [
    { program: 'WebKitWebDriver', debianPackage: 'webkit2gtk-driver' },
    { program: MINIBROWSER, debianPackage: 'webkit2gtk-driver' },
    { program: 'Xvfb', debianPackage: 'xvfb' },
  ]);

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    srv.on('error', reject);
  });

/** Waits until the driver answers on its port (a signal, not a fixed wait). */
const whenListening = async (port: number, timeoutMs = 15_000): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
};

const firstMatch = async (driver: WebDriver, css: string, text?: string): Promise<WebElement> => {
  for (const element of await driver.findElements(By.css(css))) {
    if (!(await element.isDisplayed())) continue;
    if (text === undefined || (await element.getText()).trim() === text) return element;
  }
  throw new Error(`WebKit: nothing visible matches ${css}${text ? ` "${text}"` : ''}`);
};

export const startWebKit = async (viewport: {
  width: number;
  height: number;
}): Promise<EngineDriver> => {
  const display = `:${90 + Math.floor(Math.random() * 400)}`;
  // A screen larger than any tablet, so the window can take each tablet size with its own frame around it.
  const children: ChildProcess[] = [
    spawn('Xvfb', [display, '-screen', '0', '1600x1600x24', '-nolisten', 'tcp'], {
      stdio: 'ignore',
    }),
  ];
  const port = await freePort();
  children.push(
    spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
    }),
  );
  const stop = () => children.forEach((c) => c.kill('SIGKILL'));
  try {
    await whenListening(port);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    /** The window with the page's viewport at exactly this size (the browser's own frame added around it). */
    const resize = async (size: { width: number; height: number }) => {
      let outer = { ...size };
      // The frame (toolbar, borders) is measured and added; a second pass settles a frame that changed with the size.
      for (let pass = 0; pass < 3; pass++) {
        await driver
          .manage()
          .window()
          .setRect({ x: 0, y: 0, ...outer });
        const inner = await driver.executeScript<{ width: number; height: number }>(
          'return { width: window.innerWidth, height: window.innerHeight };',
        );
        if (inner.width === size.width && inner.height === size.height) return;
        outer = {
          width: outer.width + size.width - inner.width,
          height: outer.height + size.height - inner.height,
        };
      }
    };
    await resize(viewport);
    return {
      resize,
      name: 'WebKit',
      goto: (url) => driver.get(url),
      reload: () => driver.navigate().refresh(),
      click: async (css, text) => (await firstMatch(driver, css, text)).click(),
      type: async (css, text) => (await firstMatch(driver, css)).sendKeys(text),
      evaluate: <T>(body: string) =>
        driver.executeAsyncScript<T>(
          `const done = arguments[arguments.length - 1]; (async () => { ${body} })().then(done, (e) => done(String(e)));`,
        ),
      // The page's own element, not the window: the window's surface can lag behind its size without a window manager.
      screenshot: async (path) =>
        writeFileSync(
          path,
          Buffer.from(await driver.findElement(By.css('body')).takeScreenshot(), 'base64'),
        ),
      close: async () => {
        await driver.quit().catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
};
