// Tests of the picture tiles: one tap answers a single choice; multi-choice toggles and then moves on.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findQuestion } from '../../content/catalog';
import { initI18n } from '../i18n/i18n';
import { TileChoice } from './TileChoice';

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
const renderTiles = (questionId: string, props: Partial<ComponentProps<typeof TileChoice>> = {}) =>
  render(
    <TileChoice
      question={findQuestion(questionId)!}
      lang="nl"
      onAnswer={vi.fn()}
      onToggleTile={vi.fn()}
      onNext={vi.fn()}
      {...props}
    />,
  );

describe('TileChoice', () => {
  it('re-renders only the tapped tile at a tap, so the answer is written without waiting for the others', async () => {
    const onAnswer = vi.fn(() => new Promise<boolean>(() => {}));
    renderTiles('family.partner', { onAnswer });
    pictureRenders.clear();
    fireEvent.click(screen.getByRole('button', { name: /Ja, in een ander land/ }));
    await waitFor(() => expect(onAnswer).toHaveBeenCalled());
    expect([...pictureRenders.keys()]).toEqual(['tile:partner-abroad']);
  });

  it('answers a single-choice question with one tap and asks to move on', async () => {
    const onAnswer = vi.fn().mockResolvedValue(true);
    renderTiles('family.partner', { onAnswer });
    fireEvent.click(screen.getByRole('button', { name: /Ja, in een ander land/ }));
    await waitFor(() =>
      expect(onAnswer).toHaveBeenCalledWith({ kind: 'tiles', tileIds: ['partner-abroad'] }, true),
    );
    expect(
      screen.getByRole('button', { name: /Ja, in een ander land/ }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('puts each tapped tile of a multi-choice question into or out of the set, and moves on with "Verder"', async () => {
    const onAnswer = vi.fn().mockResolvedValue(true);
    // The stored set comes back through `current`; until then a tapped tile shows as tapped.
    const onToggleTile = vi.fn(() => new Promise<boolean>(() => {}));
    const onNext = vi.fn();
    renderTiles('family.household', { onAnswer, onToggleTile, onNext });
    fireEvent.click(screen.getByRole('button', { name: /Met mijn partner/ }));
    await waitFor(() => expect(onToggleTile).toHaveBeenLastCalledWith('with-partner', true));
    fireEvent.click(screen.getByRole('button', { name: /Met mijn kinderen/ }));
    await waitFor(() => expect(onToggleTile).toHaveBeenLastCalledWith('with-children', true));
    expect(
      screen.getByRole('button', { name: /Met mijn kinderen/ }).getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('shows the tiles of the stored set, also those chosen on another tablet, and takes one out', async () => {
    const onToggleTile = vi.fn().mockResolvedValue(true);
    const current = {
      questionId: 'family.household',
      value: { kind: 'tiles' as const, tileIds: ['with-children', 'with-parents'] },
      language: 'nl',
      answeredBy: 'inburgeraar' as const,
      at: '2026-01-01T00:00:00Z',
    };
    renderTiles('family.household', { current, onToggleTile });
    expect(
      screen.getByRole('button', { name: /Met mijn ouders/ }).getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /Met mijn kinderen/ }));
    await waitFor(() => expect(onToggleTile).toHaveBeenCalledWith('with-children', false));
  });
});
