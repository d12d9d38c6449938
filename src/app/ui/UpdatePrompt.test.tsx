// Tests that the update prompt waits until the conversation is over, and never reloads by itself.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { UpdatePrompt } from './UpdatePrompt';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

describe('UpdatePrompt', () => {
  it('stays hidden during a conversation and appears on the consultant screens', () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload });
    act(() =>
      useAppStore.setState({
        updateReady: true,
        route: { name: 'question', caseId: 'c', conversationId: 'v', domainId: 'family' },
      }),
    );
    render(<UpdatePrompt />);
    expect(screen.queryByText('Nieuwe versie klaar')).toBeNull();
    act(() => useAppStore.setState({ route: { name: 'case', caseId: 'c' } }));
    expect(screen.getByText('Nieuwe versie klaar')).toBeTruthy();
    expect(reload).not.toHaveBeenCalled();
  });

  it('can be put off until later', () => {
    act(() => useAppStore.setState({ updateReady: true, route: { name: 'home' } }));
    render(<UpdatePrompt />);
    act(() => screen.getByRole('button', { name: 'Later' }).click());
    expect(screen.queryByText('Nieuwe versie klaar')).toBeNull();
  });
});
