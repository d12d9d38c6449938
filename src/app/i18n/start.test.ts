// i18next is set up once, after the PIN pad, and a set-up made before (tests, tools: every Dutch text) is kept.
import { describe, expect, it, vi } from 'vitest';

describe('startI18n', () => {
  it('sets up i18next with the common Dutch texts once, however often it is asked', async () => {
    vi.resetModules();
    const { startI18n } = await import('./start');
    const { i18next } = await import('./i18n');
    const init = vi.spyOn(i18next, 'init');
    const [first, second] = await Promise.all([startI18n(), startI18n()]);
    expect(first).toBe(second);
    expect(await startI18n()).toBe(first);
    expect(init).toHaveBeenCalledTimes(1);
    expect(i18next.t('home.cases')).not.toBe('home.cases');
  });

  it('keeps a set-up made before it, with the texts it loaded', async () => {
    vi.resetModules();
    const { initI18n, i18next } = await import('./i18n');
    await initI18n('nl');
    const { startI18n } = await import('./start');
    await startI18n();
    expect(i18next.hasResourceBundle('nl', 'content')).toBe(true);
    expect(i18next.t('tile.partner-abroad', { ns: 'content' })).toBe('Ja, in een ander land');
  });
});
