// One small driver interface for the browser engines the offline story runs in besides Chromium (WebKit through
// WebKitWebDriver, Firefox through WebDriver BiDi): real clicks and typing, a script to read the page, a reload.
export interface EngineDriver {
  readonly name: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Clicks the first visible element that matches `css` (and, when given, whose text is exactly `text`). */
  click(css: string, text?: string): Promise<void>;
  /** Types into the first element that matches `css`, as the keyboard would. */
  type(css: string, text: string): Promise<void>;
  /** Runs a function body in the page (`return …`), awaiting a promise it returns. */
  evaluate<T>(body: string): Promise<T>;
  /** Sets the size of the page's viewport (the tablet's screen). */
  resize(viewport: { width: number; height: number }): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks the page until `body` returns a truthy value (a signal, not a fixed wait); throws with `what` on timeout. */
export const waitUntil = async (
  driver: EngineDriver,
  what: string,
  body: string,
  timeoutMs = 20_000,
): Promise<void> => {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      last = await driver.evaluate<unknown>(body);
      if (last) return;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`${driver.name}: timed out waiting for ${what} (last: ${String(last)})`);
};

/** A script body that is true once an element matching `css` (with exactly `text`, when given) is on screen. */
export const visible = (css: string, text?: string): string =>
  `return [...document.querySelectorAll(${JSON.stringify(css)})].some((e) => e.getClientRects().length > 0 && (${JSON.stringify(text ?? null)} === null || e.textContent.trim() === ${JSON.stringify(text ?? '')}));`;
