// Tests that mixed text keeps its own direction: Arabic right-to-left with the Dutch beneath left-to-right.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../i18n/i18n';
import { Bilingual, DraftNotice } from './Bilingual';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

describe('Bilingual', () => {
  it('renders the own language right-to-left with the Dutch left-to-right', async () => {
    await changeLanguage('ar');
    expect(document.documentElement.dir).toBe('rtl');
    const { container } = render(<Bilingual i18nKey="tile.yes" lang="ar" />);
    const own = container.querySelector('.bilingual-own')!;
    const dutch = container.querySelector('.bilingual-nl')!;
    expect(own.getAttribute('dir')).toBe('rtl');
    expect(own.getAttribute('lang')).toBe('ar');
    expect(dutch.getAttribute('dir')).toBe('ltr');
    expect(dutch.textContent).toBe('Ja');
  });

  it('marks a draft translation once, in the own language and in Dutch', async () => {
    const { container } = render(<DraftNotice lang="ar" />);
    expect(container.querySelector('.draft-mark')?.textContent).toBe('مسودة');
    expect(container.textContent).toContain('Conceptvertaling');
  });

  it('shows Dutch only once when the conversation is in Dutch', async () => {
    await changeLanguage('nl');
    expect(document.documentElement.dir).toBe('ltr');
    const { container } = render(<Bilingual i18nKey="tile.yes" lang="nl" />);
    expect(container.querySelectorAll('.bilingual-nl')).toHaveLength(0);
    expect(container.textContent).toBe('Ja');
  });
});
