// i18next's set-up after the PIN pad holds the common Dutch texts; the questions' texts come with the screens that show
// them.
import { describe, expect, it } from 'vitest';
import { i18next, initI18n, loadDutchTexts } from './i18n';

describe('initI18n for the app', () => {
  it('has the common texts at once and the question texts only once the screens load them', async () => {
    await initI18n('nl', { dutch: 'common' });
    expect(i18next.t('lock.blocked')).toBe('Te vaak een verkeerde pincode. Wacht even.');
    expect(i18next.hasResourceBundle('nl', 'content')).toBe(false);
    await loadDutchTexts();
    expect(i18next.t('tile.partner-abroad', { ns: 'content' })).toBe('Ja, in een ander land');
    expect(i18next.hasResourceBundle('nl', 'explain')).toBe(true);
    expect(i18next.hasResourceBundle('nl', 'drawing')).toBe(true);
  });
});
