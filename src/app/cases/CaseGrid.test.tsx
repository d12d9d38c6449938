// The case grid's first paint after Enter: only the lines on the screen, and nothing that reads or writes the page's
// layout while React commits it (no scroll); the lines beyond the screen follow in the next frame.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseRow } from '../../storage/db';
import type { CardText } from './CaseCard';
import { CaseGrid, columnsFor } from './CaseGrid';

const row = (i: number): CaseRow => ({
  id: `case-${i}`,
  name: `Persoon ${i}`,
  searchName: `persoon ${i}`,
  language: 'ti',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  conversationCount: 0,
  answerCount: 0,
  pipDeadline: '2027-02-01T00:00:00.000Z',
  docDb: `samenspraak-case-case-${i}`,
  dirty: 0,
  syncState: 'synced',
});

const text: CardText = {
  t: (key) => key,
  day: new Intl.DateTimeFormat('nl', { dateStyle: 'medium', timeZone: 'UTC' }),
  now: '2026-11-02T10:00:00.000Z',
  open: () => undefined,
};

const cards = () => screen.getByTestId('case-list').querySelectorAll('.case-card');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CaseGrid', () => {
  it('paints only the lines on the screen without touching the scroll, then adds the lines beyond it', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo');
    render(
      <CaseGrid rows={Array.from({ length: 200 }, (_, i) => row(i))} text={text} labelledBy="h" />,
    );

    // The first paint: at most the lines that fit on the screen (the list may start lower than the top).
    const columns = columnsFor(Math.min(window.innerWidth, 1280) - 56, 18);
    const linesOnScreen = Math.ceil(window.innerHeight / 180);
    const first = cards().length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(columns * linesOnScreen);
    expect(scrollTo).not.toHaveBeenCalled();

    // The next frame: lines beyond the screen too, so Tab and a quick scroll find cards.
    await waitFor(() => expect(cards().length).toBeGreaterThan(first));
    expect(cards().length).toBeLessThan(200);
  });

  it('keeps its place when the page was scrolled before the list came', async () => {
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(3000);
    render(
      <CaseGrid rows={Array.from({ length: 200 }, (_, i) => row(i))} text={text} labelledBy="h" />,
    );
    // Lines far down the list, where the page is, not the first ones.
    const first = screen.getByTestId('case-list').querySelector('[aria-posinset]');
    expect(Number(first?.getAttribute('aria-posinset'))).toBeGreaterThan(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(cards().length).toBeGreaterThan(0);
  });
});
