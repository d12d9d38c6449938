// Tests of the list on the case page: which cards were given, understood or to repeat, with dates and history.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXPLANATION_CARDS } from '../../content/explanations';
import type { ExplanationRecord } from '../../domain/explanations';
import { initI18n } from '../i18n/i18n';
import { ExplanationList } from './ExplanationList';
import nlExplain from '../../../locales/nl/explain.json';

beforeAll(async () => {
  await initI18n();
  i18next.addResourceBundle('nl', 'explain', nlExplain, true, false);
});
afterEach(cleanup);

const rec = (
  id: string,
  cardId: string,
  at: string,
  understood: boolean,
  language = 'ar',
): ExplanationRecord => ({
  id,
  cardId,
  language,
  understood,
  answerTileId: understood ? 'right' : 'wrong',
  at,
});

const records: ExplanationRecord[] = [
  rec('1', 'termijn', '2026-11-02T10:00:00.000Z', false),
  rec('2', 'termijn', '2026-11-16T10:00:00.000Z', true),
  rec('3', 'ontzorgen', '2026-11-16T10:10:00.000Z', false, 'nl'),
];

const itemOf = (container: HTMLElement, cardId: string) =>
  container.querySelector<HTMLElement>(`[data-card="${cardId}"]`)!;

describe('ExplanationList', () => {
  it('lists every card under a heading, each one a button that chooses it', () => {
    const onChoose = vi.fn();
    render(<ExplanationList records={[]} onChoose={onChoose} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Uitleg');
    expect(screen.getAllByRole('button')).toHaveLength(EXPLANATION_CARDS.length);
    expect(screen.getAllByText('Nog niet gegeven')).toHaveLength(EXPLANATION_CARDS.length);
    fireEvent.click(screen.getByRole('button', { name: /Drie leerroutes/ }));
    expect(onChoose).toHaveBeenCalledWith('leerroutes');
  });

  it('shows when a card was last given, whether it was understood, in which language, and how often', () => {
    const { container } = render(<ExplanationList records={records} onChoose={() => {}} />);
    const termijn = itemOf(container, 'termijn');
    expect(termijn.className).toContain('is-understood');
    expect(termijn.textContent).toContain('Laatst gegeven op 16 nov 2026');
    expect(termijn.textContent).toContain('begrepen');
    expect(termijn.textContent).toContain('2 keer gegeven');
    expect(within(termijn).getAllByText('العربية')[0]?.getAttribute('lang')).toBe('ar');
    const earlier = termijn.querySelector('details')!;
    expect(earlier.textContent).toContain('Eerdere keren');
    expect(earlier.querySelector('time')?.getAttribute('dateTime')).toBe(
      '2026-11-02T10:00:00.000Z',
    );
    expect(earlier.textContent).toContain('nog niet begrepen');

    const ontzorgen = itemOf(container, 'ontzorgen');
    expect(ontzorgen.className).toContain('is-repeat');
    expect(ontzorgen.textContent).toContain('nog niet begrepen');
    expect(ontzorgen.textContent).toContain('1 keer gegeven');
    expect(ontzorgen.querySelector('details')).toBeNull();
    expect(ontzorgen.textContent).toContain('asielstatushouders met bijstand');
    expect(itemOf(container, 'boete').className).toContain('is-never');
  });

  it('offers the "about me" card when asked to', () => {
    const onAboutMe = vi.fn();
    render(<ExplanationList records={[]} onChoose={() => {}} onAboutMe={onAboutMe} />);
    fireEvent.click(screen.getByRole('button', { name: /Iets over mezelf vertellen/ }));
    expect(onAboutMe).toHaveBeenCalledOnce();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <ExplanationList records={records} onChoose={() => {}} onAboutMe={() => {}} />,
    );
    const result = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
