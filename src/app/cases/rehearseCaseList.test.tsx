// The hidden rehearsal of the case list: sample cards only (never a name of the tablet's cases), no ids that the
// screen shown could clash with, out of reach of touch and assistive technology, and gone once painted.
import { waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseRow } from '../../storage/db';
import { initI18n } from '../i18n/i18n';
import { rehearseCaseList } from './rehearseCaseList';

const row = (i: number, name: string): CaseRow => ({
  id: `case-${i}`,
  name,
  searchName: name.toLocaleLowerCase(),
  language: i % 2 ? 'ti' : 'ar',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  conversationCount: 1,
  answerCount: 3,
  pipDeadline: '2027-01-15T00:00:00.000Z',
  docDb: `samenspraak-case-case-${i}`,
  dirty: 0,
  syncState: 'synced',
});

beforeAll(async () => {
  await initI18n();
});

const layer = () => document.querySelector<HTMLElement>('[data-rehearsal="case-list"]');

describe('rehearseCaseList', () => {
  it('renders the list hidden with sample cards, then takes it away', async () => {
    const rows = [row(1, 'Samira Haddad'), row(2, 'Amanuel Tesfay'), row(3, 'Nour Ali')];
    const rehearsal = rehearseCaseList(rows);
    await waitFor(() => expect(layer()?.querySelectorAll('.case-card')).toHaveLength(3));
    const shown = layer()!;
    expect(shown.getAttribute('aria-hidden')).toBe('true');
    expect(shown.inert).toBe(true);
    expect(shown.style.visibility).toBe('hidden');
    expect(shown.style.pointerEvents).toBe('none');
    expect(shown.textContent).toContain('xxxxxx xxxxxx');
    for (const name of ['Samira', 'Amanuel', 'Nour']) expect(shown.textContent).not.toContain(name);
    expect(shown.querySelector('[id]')).toBeNull();
    await rehearsal;
    expect(layer()).toBeNull();
    expect(document.body.querySelector('.case-card')).toBeNull();
  });
});
