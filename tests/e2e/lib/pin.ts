// Enters a PIN on the app's keypad, as the consultant does.
import type { Page } from 'playwright-core';

export const PIN = '2580';

export const enterPin = async (page: Page, pin = PIN): Promise<void> => {
  for (const digit of pin)
    await page.locator('.pin-key', { hasText: new RegExp(`^${digit}$`) }).click();
  await page.locator('.pin-key-ok').click();
};

/** First start: choose the PIN twice. */
export const choosePin = async (page: Page, pin = PIN): Promise<void> => {
  await page.getByRole('heading', { name: 'Kies een pincode' }).waitFor();
  await enterPin(page, pin);
  await page.getByRole('heading', { name: 'Toets de pincode nog een keer' }).waitFor();
  await enterPin(page, pin);
};
