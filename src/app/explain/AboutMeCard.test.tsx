// Tests of the consultant's "about me" card: her name, her work in her own words, her likes, then his turn.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../i18n/i18n';
import { AboutMeCard } from './AboutMeCard';
import nlExplain from '../../../locales/nl/explain.json';

beforeAll(async () => {
  await initI18n();
  i18next.addResourceBundle('nl', 'explain', nlExplain, true, false);
});
afterEach(async () => {
  cleanup();
  await act(() => changeLanguage('nl'));
});

const next = () => fireEvent.click(screen.getByRole('button', { name: /Verder/ }));

describe('AboutMeCard', () => {
  it('introduces the consultant panel by panel and ends with "done"', () => {
    const onDone = vi.fn();
    const { container } = render(
      <AboutMeCard
        caseId="c1"
        name="Sanne"
        work="Ik ben klantmanager inburgering en help nieuwe inwoners van Hoorn."
        likes={[
          { likeId: 'cycling', text: 'Op zondag fiets ik langs het water.' },
          { text: 'Mijn kat' },
          { likeId: 'nope' },
        ]}
        lang="nl"
        onDone={onDone}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Over mij');
    expect(screen.getByText('Mijn naam is Sanne.')).toBeTruthy();
    next();
    expect(screen.getByText('Ik werk bij de gemeente.')).toBeTruthy();
    expect(screen.getByText(/klantmanager inburgering/).getAttribute('lang')).toBe('nl');
    next();
    expect(screen.getByText('Dit vind ik leuk.')).toBeTruthy();
    const likes = container.querySelectorAll('.explain-like');
    expect(likes).toHaveLength(2);
    expect(likes[0]?.textContent).toContain('Fietsen');
    expect(likes[0]?.textContent).toContain('Op zondag fiets ik langs het water.');
    expect(likes[1]?.textContent).toBe('Mijn kat');
    next();
    expect(screen.getByText('Nu ben ik benieuwd naar u.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('leaves out the likes when she chose none, and mirrors in Arabic', async () => {
    const { container } = render(
      <AboutMeCard caseId="c1" name="Sanne" likes={[]} lang="ar" onDone={() => {}} />,
    );
    expect(container.querySelector('.explain-screen')?.getAttribute('dir')).toBe('rtl');
    next();
    next();
    expect(screen.getByText('Nu ben ik benieuwd naar u.')).toBeTruthy();
    expect(screen.getByText('Plaatje 3 van 3')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
  });
});
