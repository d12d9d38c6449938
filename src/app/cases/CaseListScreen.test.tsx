// The case list over 2,000 cases: only a window of cards is in the DOM, each says where it is in the whole list,
// and a search over the index in memory still finds a case far down the list (diacritics ignored).
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRow } from '../../storage/db';
import { initI18n } from '../i18n/i18n';
import { db } from '../services';
import { useAppStore } from '../state/store';
import { CaseListScreen } from './CaseListScreen';

const CASES = 2000;
const NOW = Date.parse('2026-11-23T10:00:00.000Z');

const row = (i: number, name = `Persoon ${i}`): CaseRow => {
  const updatedAt = new Date(NOW - i * 60_000).toISOString();
  return {
    id: `case-${i}`,
    name,
    searchName: name.toLocaleLowerCase(),
    language: 'ar',
    createdAt: updatedAt,
    updatedAt,
    conversationCount: 1,
    answerCount: 3,
    pipDeadline: new Date(NOW + 40 * 86_400_000).toISOString(),
    docDb: `samenspraak-case-case-${i}`,
    dirty: 0,
    syncState: 'synced',
  };
};

beforeAll(async () => {
  await initI18n();
  await db.cases.bulkPut(
    Array.from({ length: CASES }, (_, i) => row(i, i === 1234 ? 'Zoë Çelik' : undefined)),
  );
});
afterEach(cleanup);

const cards = () => screen.getByTestId('case-list').querySelectorAll('.case-card');

describe('CaseListScreen', () => {
  it('renders only a window of 2,000 cases, newest first, and tells each card its place in the list', async () => {
    render(<CaseListScreen />);
    const list = await screen.findByTestId('case-list');
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    expect(cards().length).toBeLessThan(100);
    const items = within(list).getAllByRole('listitem');
    expect(items[0]!.getAttribute('aria-setsize')).toBe(String(CASES));
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(within(items[0]!).getByText('Persoon 0')).toBeTruthy();
    expect(list.getAttribute('aria-labelledby')).toBe('cases-heading');
  });

  it('finds a case far down the list by part of its name, without its diacritics', async () => {
    render(<CaseListScreen />);
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    expect(screen.queryByText('Zoë Çelik')).toBeNull();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zoe cel' } });
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(screen.getByText('Zoë Çelik')).toBeTruthy();
    expect(
      within(screen.getByTestId('case-list')).getByRole('listitem').getAttribute('aria-setsize'),
    ).toBe('1');

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'niemand' } });
    expect(await screen.findByText('Niemand gevonden met deze naam.')).toBeTruthy();
  });

  it('opens a case from its card', async () => {
    render(<CaseListScreen />);
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    await act(async () => (cards()[0] as HTMLButtonElement).click());
    expect(useAppStore.getState().route).toEqual({ name: 'case', caseId: 'case-0' });
  });

  it('shows a new case as soon as it is stored', async () => {
    render(<CaseListScreen />);
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    await act(async () => void (await db.cases.put(row(-1, 'Nieuwe Persoon'))));
    await waitFor(() =>
      expect(
        within(screen.getAllByRole('listitem')[0]!).queryByText('Nieuwe Persoon'),
      ).toBeTruthy(),
    );
  });
});
