// Taking a tablet offline the way the app supports it: only once the service worker controls the page and has
// filled its precache (every screen and locale), so what follows runs from the tablet alone.
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';

export const goOfflineWhenPrecached = async (
  page: Page,
  context: BrowserContext,
): Promise<void> => {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(
      () =>
        page.evaluate(
          async () =>
            navigator.serviceWorker.controller !== null &&
            (await caches.keys()).some((k) => k.includes('precache')),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
  await context.setOffline(true);
};
