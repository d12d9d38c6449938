// Tests of the picture tiles: one tap answers a single choice; multi-choice toggles and then moves on.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findQuestion } from '../../content/catalog';
import { initI18n } from '../i18n/i18n';
import { TileChoice } from './TileChoice';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

describe('TileChoice', () => {
  it('answers a single-choice question with one tap and asks to move on', async () => {
    const onAnswer = vi.fn().mockResolvedValue(true);
    render(<TileChoice question={findQuestion('family.partner')!} lang="nl" onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: /Ja, in een ander land/ }));
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith({ kind: 'tiles', tileIds: ['partner-abroad'] }, true));
    expect(screen.getByRole('button', { name: /Ja, in een ander land/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('toggles tiles of a multi-choice question, saving each change, and moves on with "Verder"', async () => {
    const onAnswer = vi.fn().mockResolvedValue(true);
    render(<TileChoice question={findQuestion('family.household')!} lang="nl" onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: /Met mijn partner/ }));
    fireEvent.click(screen.getByRole('button', { name: /Met mijn kinderen/ }));
    fireEvent.click(screen.getByRole('button', { name: /Met mijn partner/ }));
    await waitFor(() => expect(onAnswer).toHaveBeenLastCalledWith({ kind: 'tiles', tileIds: ['with-children'] }, false));
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ kind: 'tiles', tileIds: ['with-children'] }, true);
  });
});
