// The municipality's own texts win over the built-in ones, in bundles loaded before and after they arrive, and a
// text taken back returns to the built-in wording.
import { beforeAll, describe, expect, it } from 'vitest';
import { ownTexts } from '../../domain/municipalContent';
import { i18next, initI18n, loadLanguage } from './i18n';
import { ownTextOf, setOwnTexts } from './overlay';

const text = (language: string, key: string, value: string, reviewedBy: string | null = null) => ({
  kind: 'text' as const,
  key,
  language,
  value: { text: value },
  reviewedBy,
  reviewedAt: reviewedBy ? '2026-12-02T10:00:00.000Z' : null,
  changedAt: '2026-12-02T10:00:00.000Z',
});

describe('own texts over the built-in ones', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });

  it('applies to a loaded bundle and to one loaded later, and restores the built-in text when taken back', async () => {
    const builtInYes = i18next.getFixedT('nl', 'content')('tile.yes');
    setOwnTexts(
      ownTexts([
        text('nl', 'content:tile.yes', 'Jazeker'),
        text('ti', 'content:tile.no', 'ኣይፋልን፣', 'Tesfay'),
      ]),
    );
    expect(i18next.getFixedT('nl', 'content')('tile.yes')).toBe('Jazeker');
    await loadLanguage('ti');
    expect(i18next.getFixedT('ti', 'content')('tile.no')).toBe('ኣይፋልን፣');
    expect(ownTextOf('ti', 'content:tile.no')).toEqual({
      text: 'ኣይፋልን፣',
      review: { reviewer: 'Tesfay', reviewedAt: '2026-12-02' },
    });
    setOwnTexts(ownTexts([text('ti', 'content:tile.no', 'ኣይፋልን፣', 'Tesfay')]));
    expect(i18next.getFixedT('nl', 'content')('tile.yes')).toBe(builtInYes);
    setOwnTexts(new Map());
    expect(i18next.getFixedT('ti', 'content')('tile.no')).not.toBe('ኣይፋልን፣');
    expect(ownTextOf('ti', 'content:tile.no')).toBeUndefined();
  });
});
