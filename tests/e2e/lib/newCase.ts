// Making a new case from the home screen, as the consultant does: name, the person's language, "Maken".
import type { Page } from 'playwright-core';

/** Opens "Nieuw gesprek", fills in the name, picks the language by its own name and waits for the case page. */
export const makeCaseInApp = async (
  page: Page,
  name: string,
  languageEndonym: string,
): Promise<void> => {
  await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(name);
  await page.getByLabel(languageEndonym).check();
  await page.getByRole('button', { name: 'Maken' }).click();
  await page.getByRole('heading', { name: 'Gesprek beginnen' }).waitFor();
};
