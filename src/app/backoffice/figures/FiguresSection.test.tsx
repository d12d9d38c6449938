// The figures screen renders every figure from the server's answer: a chart named by its summary, the numbers in
// a table, CSV and JSON downloads of that figure; the ratings open as their own page and come back.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Figures } from '../../../protocol/figures';
import { initI18n } from '../../i18n/i18n';
import FiguresSection from './FiguresSection';

const AT = '2026-11-23T10:00:00.000Z';
const FIGURES: Figures = {
  'pip-time': {
    figure: 'pip-time',
    at: AT,
    rows: [
      { fromWeek: 0, toWeek: 1, cases: 0 },
      { fromWeek: 1, toWeek: 2, cases: 2 },
      { fromWeek: 2, toWeek: null, cases: 1 },
    ],
    medianDays: 12.5,
    cases: 3,
  },
  routes: { figure: 'routes', at: AT, rows: [{ route: 'b1', cases: 4, vastgesteld: 1 }] },
  'languages-next-month': {
    figure: 'languages-next-month',
    at: AT,
    rows: [{ language: 'ti', cases: 3, overdue: 1 }],
  },
  'cards-understood': {
    figure: 'cards-understood',
    at: AT,
    rows: [{ cardId: 'termijn', language: 'ar', understood: 1, total: 4 }],
  },
  'not-understood': {
    figure: 'not-understood',
    at: AT,
    rows: [{ questionId: 'family.partner', language: 'ar', count: 7, cases: 5 }],
  },
  ratings: {
    figure: 'ratings',
    at: AT,
    rows: [
      { aspect: 'clear', good: 3, neutral: 1, bad: 0 },
      { aspect: 'respectful', good: 4, neutral: 0, bad: 0 },
      { aspect: 'length', good: 2, neutral: 1, bad: 1 },
    ],
    conversations: 4,
  },
};

const { get, file } = vi.hoisted(() => ({ get: vi.fn(), file: vi.fn() }));
vi.mock('../../services', () => ({ backoffice: { get, file } }));

beforeAll(async () => {
  await initI18n();
});
// happy-dom has no canvas: Chart.js says so on the console; the charts' names and tables are what is tested here.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(cleanup);

describe('FiguresSection', () => {
  it('shows each figure as a named chart with its numbers and downloads', async () => {
    get.mockResolvedValue(FIGURES);
    file.mockResolvedValue(new Blob(['x']));
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    render(<FiguresSection />);
    const pipTime = await screen.findByTestId('figure-pip-time');
    expect(get).toHaveBeenCalledWith('/api/backoffice/figures', {});
    expect(within(pipTime).getByRole('img').getAttribute('aria-label')).toContain(
      'Mediaan 12.5 dagen',
    );
    expect(within(pipTime).getByRole('row', { name: /^2\+/ }).textContent).toContain('1');
    const notUnderstood = screen.getByTestId('figure-not-understood');
    expect(
      within(notUnderstood).getByRole('row', { name: /Heeft u een partner\?/ }).textContent,
    ).toContain('Arabisch');
    for (const id of ['routes', 'languages-next-month', 'cards-understood', 'ratings'])
      expect(screen.getByTestId(`figure-${id}`)).toBeTruthy();
    await act(async () =>
      fireEvent.click(
        within(screen.getByTestId('figure-routes')).getByRole('button', { name: /CSV/ }),
      ),
    );
    expect(file).toHaveBeenCalledWith('/api/backoffice/figures/routes.csv');
    await act(async () =>
      fireEvent.click(
        within(screen.getByTestId('figure-routes')).getByRole('button', { name: /JSON/ }),
      ),
    );
    expect(file).toHaveBeenCalledWith('/api/backoffice/figures/routes');
  });

  it('opens the ratings as a page for the klankbordgroep, and goes back', async () => {
    get.mockResolvedValue(FIGURES);
    render(<FiguresSection />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Beoordelingen voor de klankbordgroep' }),
    );
    const page = screen.getByTestId('ratings-page');
    expect(within(page).getByText(/Op basis van 4 gesprekken/)).toBeTruthy();
    expect(within(page).getByRole('row', { name: /Was het duidelijk\?/ }).textContent).toContain(
      '3 (75 %)',
    );
    fireEvent.click(within(page).getByRole('button', { name: 'Terug naar alle cijfers' }));
    expect(screen.getByTestId('figure-ratings')).toBeTruthy();
  });

  it('says plainly when the figures cannot be loaded', async () => {
    get.mockRejectedValue(new Error('down'));
    render(<FiguresSection />);
    expect((await screen.findByRole('alert')).textContent).toBeTruthy();
  });
});
