// The consultant's first steps, as any engine's driver takes them: the PIN (chosen twice on a new tablet, or to
// open it), and a new case with a name and the person's language.
import { PIN } from '../pin';
import { visible, waitUntil, type EngineDriver } from './engine';

export const enterPin = async (driver: EngineDriver): Promise<void> => {
  for (const digit of PIN) await driver.click('.pin-key', digit);
  await driver.click('.pin-key-ok');
};

/** A new tablet: the PIN chosen and confirmed, then the home screen. */
export const choosePin = async (driver: EngineDriver): Promise<void> => {
  await waitUntil(driver, 'the PIN pad', visible('.pin-key'));
  await enterPin(driver);
  await waitUntil(driver, 'the PIN a second time', visible('h1', 'Toets de pincode nog een keer'));
  await enterPin(driver);
  await waitUntil(driver, 'the home screen', visible('button', 'Nieuw gesprek'));
};

/** "Nieuw gesprek": the name, the language by its code, "Maken", and the case page. */
export const makeCase = async (
  driver: EngineDriver,
  name: string,
  language: string,
): Promise<void> => {
  await driver.click('button', 'Nieuw gesprek');
  await waitUntil(driver, 'the new-case form', visible('dialog input[autocomplete="off"]'));
  await driver.type('dialog input[autocomplete="off"]', name);
  await driver.click(`input[name="language"][value="${language}"]`);
  await driver.click('button', 'Maken');
  await waitUntil(driver, 'the case page', visible('button', 'Begin het gesprek'));
};
