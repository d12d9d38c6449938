// Tests of the picture tiles: one tap answers a single choice; multi-choice toggles and then moves on.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findQuestion } from '../../content/catalog';
import { initI18n } from '../i18n/i18n';
import { SHOW_TAP_AT_THE_LATEST_MS, TileChoice } from './TileChoice';

/** Renders of each tile's picture, by tile: a tap re-renders only the tiles whose state it changes. */
const pictureRenders = vi.hoisted(() => new Map<string, number>());
vi.mock('../photos/ContentPicture', () => ({
  ContentPicture: ({ photoKey }: { photoKey: string }) => {
    pictureRenders.set(photoKey, (pictureRenders.get(photoKey) ?? 0) + 1);
    return <span data-photo={photoKey} />;
  },
}));

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

/** The tiles of a catalog question in Dutch; handlers not given do nothing. */
const renderTiles = (
  questionId: string,
  props: Partial<ComponentProps<typeof TileChoice>> = {},
) => {
  const all: ComponentProps<typeof TileChoice> = {
    question: findQuestion(questionId)!,
    lang: 'nl',
    onAnswer: vi.fn(),
    onToggleTile: vi.fn(),
    onNext: vi.fn(),
    ...props,
  };
  const view = render(<TileChoice {...all} />);
  /** The same tiles with the same handlers, given more (the stored answer coming back). */
  const update = (more: Partial<ComponentProps<typeof TileChoice>>) =>
    view.rerender(<TileChoice {...all} {...more} />);
  return { ...view, update };
};

/** The answer the tablet has stored for a question: these tiles. */
const storedTiles = (questionId: string, tileIds: string[]) => ({
  questionId,
  value: { kind: 'tiles' as const, tileIds },
  language: 'nl',
  answeredBy: 'inburgeraar' as const,
  at: '2026-01-01T00:00:00Z',
});

const pressed = (name: RegExp | string) =>
  screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('TileChoice', () => {
  it('renders nothing at a tap before its answer is stored, then re-renders only the tiles the stored answer changes', async () => {
    const onAnswer = vi.fn(() => new Promise<boolean>(() => {}));
    const view = renderTiles('family.partner', { onAnswer });
    pictureRenders.clear();
    fireEvent.click(screen.getByRole('button', { name: /Ja, in een ander land/ }));
    await waitFor(() =>
      expect(onAnswer).toHaveBeenCalledWith({ kind: 'tiles', tileIds: ['partner-abroad'] }, true),
    );
    // The write goes first: no tile rendered again, none lit up yet.
    expect([...pictureRenders.keys()]).toEqual([]);
    expect(pressed(/Ja, in een ander land/)).toBe('false');
    // The stored answer comes back through `current`: the tapped tile lights up, the others stay as they were.
    view.update({ current: storedTiles('family.partner', ['partner-abroad']) });
    expect(pressed(/Ja, in een ander land/)).toBe('true');
    expect([...pictureRenders.keys()]).toEqual(['tile:partner-abroad']);
  });

  it('shows a tap that slow storage has not stored within SHOW_TAP_AT_THE_LATEST_MS', async () => {
    vi.useFakeTimers();
    try {
      const onAnswer = vi.fn(() => new Promise<boolean>(() => {}));
      renderTiles('family.partner', { onAnswer });
      fireEvent.click(screen.getByRole('button', { name: /Ja, in een ander land/ }));
      expect(onAnswer).toHaveBeenCalledWith({ kind: 'tiles', tileIds: ['partner-abroad'] }, true);
      act(() => vi.advanceTimersByTime(SHOW_TAP_AT_THE_LATEST_MS - 1));
      expect(pressed(/Ja, in een ander land/)).toBe('false');
      act(() => vi.advanceTimersByTime(1));
      expect(pressed(/Ja, in een ander land/)).toBe('true');
    } finally {
      vi.useRealTimers();
    }
  });

  it('puts each tapped tile of a multi-choice question into or out of the set, and moves on with "Verder"', async () => {
    vi.useFakeTimers();
    try {
      const onAnswer = vi.fn().mockResolvedValue(true);
      // Storage that does not answer: the taps show as tapped after SHOW_TAP_AT_THE_LATEST_MS.
      const onToggleTile = vi.fn(() => new Promise<boolean>(() => {}));
      const onNext = vi.fn();
      renderTiles('family.household', { onAnswer, onToggleTile, onNext });
      fireEvent.click(screen.getByRole('button', { name: /Met mijn partner/ }));
      expect(onToggleTile).toHaveBeenLastCalledWith('with-partner', true);
      fireEvent.click(screen.getByRole('button', { name: /Met mijn kinderen/ }));
      expect(onToggleTile).toHaveBeenLastCalledWith('with-children', true);
      // A second tap on a tile before its first is stored takes it out again.
      fireEvent.click(screen.getByRole('button', { name: /Met mijn partner/ }));
      expect(onToggleTile).toHaveBeenLastCalledWith('with-partner', false);
      act(() => vi.advanceTimersByTime(SHOW_TAP_AT_THE_LATEST_MS));
      expect(pressed(/Met mijn kinderen/)).toBe('true');
      expect(pressed(/Met mijn partner/)).toBe('false');
      fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
      expect(onNext).toHaveBeenCalledTimes(1);
      expect(onAnswer).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the tiles of the stored set, also those chosen on another tablet, and takes one out', async () => {
    const onToggleTile = vi.fn().mockResolvedValue(true);
    const current = storedTiles('family.household', ['with-children', 'with-parents']);
    renderTiles('family.household', { current, onToggleTile });
    expect(
      screen.getByRole('button', { name: /Met mijn ouders/ }).getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /Met mijn kinderen/ }));
    await waitFor(() => expect(onToggleTile).toHaveBeenCalledWith('with-children', false));
  });
});
