// Tests of the people and tablets screen with the back-office API stubbed: a tablet is retired or reported lost
// only after its confirmation (cancel sends nothing), a new person's password is shown once, and a refusal
// (the last manager) is said in plain words.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeopleDeviceRow, PersonRow } from '../../../protocol/people';
import { ApiError, type ApiFailure } from '../../../sync/apiClient';
import { initI18n } from '../../i18n/i18n';
import PeopleSection from './PeopleSection';

const backoffice = vi.hoisted(() => ({ get: vi.fn(), send: vi.fn() }));
vi.mock('../../services', () => ({ backoffice }));

const anna: PersonRow = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'anna@example.nl',
  role: 'teamleider',
  disabled: false,
  createdAt: '2026-01-05T10:00:00Z',
  lastSeenAt: null,
  activeDevices: 1,
};
const bram: PersonRow = {
  id: '22222222-2222-4222-8222-222222222222',
  email: 'bram@example.nl',
  role: 'consultant',
  disabled: false,
  createdAt: '2026-02-05T10:00:00Z',
  lastSeenAt: '2026-12-01T09:00:00Z',
  activeDevices: 1,
};
const zuid: PeopleDeviceRow = {
  id: '33333333-3333-4333-8333-333333333333',
  name: 'Tablet Zuid',
  model: 'iPad · Safari',
  userId: bram.id,
  email: bram.email,
  createdAt: '2026-02-05T10:00:00Z',
  lastSeenAt: '2026-12-01T09:00:00Z',
  lastSyncAt: null,
  state: 'active',
};

beforeAll(async () => {
  await initI18n();
});
beforeEach(() => {
  backoffice.get.mockImplementation(async (path: string) =>
    path.endsWith('/devices') ? [zuid] : [anna, bram],
  );
});
afterEach(() => {
  cleanup();
  backoffice.get.mockReset();
  backoffice.send.mockReset();
});

const devicesTable = async () => within(await screen.findByTestId('people-devices'));

describe('PeopleSection', () => {
  it('retires a tablet only after the confirmation; cancelling sends nothing', async () => {
    render(<PeopleSection />);
    fireEvent.click(
      (await devicesTable()).getByRole('button', {
        name: /^Buiten gebruik stellen\s*: Tablet Zuid$/,
      }),
    );
    const dialog = screen.getByRole('dialog', { name: '‘Tablet Zuid’ intrekken' });
    expect(within(dialog).getByText(/stuurt eerst alles wat er nog op staat/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backoffice.send).not.toHaveBeenCalled();

    backoffice.send.mockResolvedValue({ ...zuid, state: 'retiring' });
    backoffice.get.mockImplementation(async (path: string) =>
      path.endsWith('/devices') ? [{ ...zuid, state: 'retiring' }] : [anna, bram],
    );
    fireEvent.click(
      (await devicesTable()).getByRole('button', {
        name: /^Buiten gebruik stellen\s*: Tablet Zuid$/,
      }),
    );
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: '‘Tablet Zuid’ buiten gebruik stellen',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backoffice.send).toHaveBeenCalledWith(
      'POST',
      `/api/backoffice/people/devices/${zuid.id}/revoke`,
      { mode: 'retire' },
    );
    expect(await screen.findByText('Wordt buiten gebruik gesteld')).toBeTruthy();
  });

  it('reports a tablet lost behind its own confirmation, which names what is lost', async () => {
    backoffice.send.mockResolvedValue({ ...zuid, state: 'revoked' });
    render(<PeopleSection />);
    fireEvent.click(
      (await devicesTable()).getByRole('button', { name: /^Kwijt of gestolen\s*: Tablet Zuid$/ }),
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/Wat nog niet verstuurd is, gaat verloren/)).toBeTruthy();
    fireEvent.click(
      within(dialog).getByRole('button', { name: '‘Tablet Zuid’ als kwijt melden en leegmaken' }),
    );
    await waitFor(() =>
      expect(backoffice.send).toHaveBeenCalledWith(
        'POST',
        `/api/backoffice/people/devices/${zuid.id}/revoke`,
        { mode: 'lost' },
      ),
    );
  });

  it('adds a person and shows her temporary password once', async () => {
    const created: PersonRow = {
      ...bram,
      id: '44444444-4444-4444-8444-444444444444',
      email: 'nieuw@example.nl',
      activeDevices: 0,
    };
    backoffice.send.mockResolvedValue({
      person: created,
      temporaryPassword: 'k7mq-x3td-9wpe-hr4n',
    });
    render(<PeopleSection />);
    await screen.findByTestId('people');
    fireEvent.change(screen.getByLabelText('E-mailadres'), {
      target: { value: 'nieuw@example.nl' },
    });
    fireEvent.change(screen.getByLabelText('Rol'), { target: { value: 'beheerder' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Nieuwe persoon' }));
    expect((await screen.findByTestId('temporary-password')).textContent).toBe(
      'k7mq-x3td-9wpe-hr4n',
    );
    expect(backoffice.send).toHaveBeenCalledWith('POST', '/api/backoffice/people', {
      email: 'nieuw@example.nl',
      role: 'beheerder',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Klaar, ik heb het doorgegeven' }));
    expect(screen.queryByTestId('temporary-password')).toBeNull();
    expect(within(screen.getByTestId('people')).getByText('nieuw@example.nl')).toBeTruthy();
  });

  it('says in plain words why a role change is refused, and keeps the role she has', async () => {
    backoffice.send.mockRejectedValue(new ApiError('last-manager' as ApiFailure, 409));
    render(<PeopleSection />);
    const select = await screen.findByRole('combobox', { name: 'Rol van anna@example.nl' });
    fireEvent.change(select, { target: { value: 'consultant' } });
    fireEvent.click(screen.getByRole('button', { name: /^Rol opslaan\s*: anna@example.nl$/ }));
    expect(
      await screen.findByText(
        'Dat kan niet: er moet altijd minstens één teamleider of beheerder overblijven.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect((select as HTMLSelectElement).value).toBe('teamleider'));
  });
});
