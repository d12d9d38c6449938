// What of a case reached the server, in plain words: a refusal for good (too large, another device's id) says
// why, in the consultant's language, and that the work stays on the tablet.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, i18next, initI18n } from '../i18n/i18n';
import { cases } from '../services';
import { SendState } from './SendState';

beforeAll(async () => {
  await initI18n();
});
afterEach(async () => {
  cleanup();
  await changeLanguage('nl');
});

describe('SendState', () => {
  it.each([
    [
      'update-too-large',
      'nl',
      'Niet verstuurd: deze wijziging is te groot om in één keer naar de server te sturen.',
    ],
    ['case-too-large', 'nl', 'Niet verstuurd: dit gesprek is groter dan de server bewaart.'],
    ['case-too-large', 'en', 'Not sent: this conversation is larger than the server keeps.'],
    ['update-too-large', 'ar', 'لم يُرسَل'],
  ])(
    'says why a case was refused for %s in %s, and that the work stays',
    async (reason, language, words) => {
      const caseId = `send-${reason}-${language}`;
      await cases.create({ id: caseId, name: 'Yonas', language: 'ti' });
      await cases.markSyncError(caseId, reason);
      await changeLanguage(language);
      render(<SendState caseId={caseId} />);
      const line = await screen.findByTestId('send-state');
      expect(line.textContent).toContain(words);
      expect(line.textContent).toContain(i18next.t('send.stays'));
      if (language === 'nl') expect(line.textContent).toContain('Alles blijft op deze tablet.');
      expect(line.className).toContain('send-state-error');
    },
  );
});
