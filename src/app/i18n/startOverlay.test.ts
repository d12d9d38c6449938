// The municipality's own texts can arrive by sync before i18next is set up (it comes after the PIN pad): its set-up
// lays them over the common texts. A file of its own, so i18next is not set up by another test first.
import { describe, expect, it } from 'vitest';
import { ownTexts } from '../../domain/municipalContent';
import { setOwnTexts } from './overlay';
import { startI18n } from './start';

describe('own texts that arrive before i18next is set up', () => {
  it('show in the common texts once it is', async () => {
    setOwnTexts(
      ownTexts([
        {
          kind: 'text',
          key: 'common:home.cases',
          language: 'nl',
          value: { text: 'Onze gesprekken' },
          reviewedBy: null,
          reviewedAt: null,
          changedAt: '2026-12-06T10:00:00.000Z',
        },
      ]),
    );
    const { i18next } = await startI18n();
    expect(i18next.t('home.cases')).toBe('Onze gesprekken');
  });
});
