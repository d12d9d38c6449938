// Tests of the privacy screen with the server's calls faked: choosing a case by name, inzage, deletion with a reason
// and the name typed in a dialog (the result said plainly), and the audit log with tablet entries marked.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseloadRow } from '../../../protocol/backoffice';
import type { PrivacyAuditEntry } from '../../../protocol/privacy';
import { ApiError } from '../../../sync/apiClient';
import { initI18n } from '../../i18n/i18n';
import PrivacySection from './PrivacySection';

const api = vi.hoisted(() => ({
  loadCases: vi.fn(),
  loadAuditPage: vi.fn(),
  openInzage: vi.fn(),
  saveInzage: vi.fn(),
  deleteOnRequest: vi.fn(),
}));
vi.mock('./privacyApi', () => api);

const CASE_ID = '3f0c8a52-6c1e-4b8e-9d4a-0a1b2c3d4e5f';

const caseRow = (caseId: string, name: string): CaseloadRow => ({
  caseId,
  name,
  language: 'ar',
  languages: ['ar'],
  consultantId: null,
  consultantEmail: 'consulent@gemeente.nl',
  leerroute: null,
  registrationDate: null,
  pipDeadline: null,
  pipVastgesteldAt: null,
  termijnEnd: null,
  pipVersionCount: 0,
  nextDeadline: null,
  urgency: 'unknown',
  updatedAt: '2026-11-23T09:00:00.000Z',
});

const logEntry = (over: Partial<PrivacyAuditEntry>): PrivacyAuditEntry => ({
  key: `server:${Math.random()}`,
  source: 'server',
  at: '2026-11-23T09:00:00.000Z',
  action: 'case-exported',
  outcome: 'ok',
  caseId: CASE_ID,
  caseName: 'Samira Haddad',
  target: null,
  userEmail: 'teamleider@gemeente.nl',
  deviceId: null,
  deviceName: null,
  reason: 'html',
  ip: null,
  foreign: false,
  receivedAt: null,
  ...over,
});

beforeAll(async () => {
  await initI18n();
});
beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api.loadCases.mockResolvedValue([
    caseRow(CASE_ID, 'Samira Haddad'),
    caseRow(crypto.randomUUID(), 'Yonas Tesfay'),
  ]);
  api.loadAuditPage.mockResolvedValue({
    entries: [
      logEntry({
        key: 'tablet:1',
        source: 'tablet',
        action: 'case-wiped',
        reason: 'retention',
        userEmail: 'consulent@gemeente.nl',
        deviceName: 'Tablet Noord',
        receivedAt: '2026-11-23T10:00:00.000Z',
      }),
      logEntry({
        key: 'server:2',
        action: 'case-deleted',
        outcome: 'refused',
        reason: 'role-consultant',
      }),
    ],
    next: 'cursor-1',
  });
  api.openInzage.mockResolvedValue(undefined);
  api.deleteOnRequest.mockResolvedValue({
    ok: true,
    caseId: CASE_ID,
    deletedAt: '2026-11-24T10:00:00.000Z',
  });
});
afterEach(() => cleanup());

const chooseSamira = async () => {
  fireEvent.change(await screen.findByLabelText('Zoek op naam'), { target: { value: 'samira' } });
  fireEvent.click(await screen.findByRole('button', { name: /Samira Haddad/ }));
};

describe('PrivacySection', () => {
  it('finds a case by name and opens its inzage to read together', async () => {
    render(<PrivacySection />);
    await chooseSamira();
    expect(screen.getByRole('button', { name: /Samira Haddad/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.queryByRole('button', { name: /Yonas/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Openen om samen te lezen' }));
    await screen.findByText('De inzage staat in een nieuw tabblad.');
    expect(api.openInzage).toHaveBeenCalledWith(CASE_ID);
  });

  it('deletes on request only with a reason and the name typed, and says so plainly', async () => {
    render(<PrivacySection />);
    await chooseSamira();
    const start = screen.getByRole('button', { name: 'Dossier verwijderen …' });
    expect((start as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Reden'), { target: { value: 'request-of-person' } });
    fireEvent.change(screen.getByLabelText('Registratienummer van het verzoek (mag leeg)'), {
      target: { value: 'AVG-2026/14' },
    });
    fireEvent.click(start);

    const dialog = await screen.findByRole('dialog', { hidden: true });
    const confirm = within(dialog).getByRole('button', {
      name: 'Definitief verwijderen',
      hidden: true,
    }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Typ ter bevestiging: Samira Haddad'), {
      target: { value: 'samira haddad' },
    });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);

    await screen.findByText(/Het dossier is verwijderd op/);
    expect(api.deleteOnRequest).toHaveBeenCalledWith(CASE_ID, 'request-of-person', 'AVG-2026/14');
    // The lists are fetched again; the inzage is no longer offered.
    await waitFor(() => expect(api.loadCases).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('button', { name: 'Openen om samen te lezen' })).toBeNull();
  });

  it('says plainly when the case was deleted already', async () => {
    api.deleteOnRequest.mockRejectedValue(new ApiError('case-deleted', 410));
    render(<PrivacySection />);
    await chooseSamira();
    fireEvent.change(screen.getByLabelText('Reden'), { target: { value: 'duplicate' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dossier verwijderen …' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    fireEvent.change(within(dialog).getByLabelText('Typ ter bevestiging: Samira Haddad'), {
      target: { value: 'Samira Haddad' },
    });
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Definitief verwijderen', hidden: true }),
    );
    await screen.findByText('Dit dossier was al verwijderd.');
  });

  it('shows the log with tablet entries marked, filters it and loads older entries', async () => {
    render(<PrivacySection />);
    const table = await screen.findByRole('table');
    const [, tabletRow, refusedRow] = within(table).getAllByRole('row');
    expect(tabletRow!.getAttribute('data-source')).toBe('tablet');
    expect(within(tabletRow!).getByText('Tablet')).toBeTruthy();
    expect(within(tabletRow!).getByText('Tablet Noord')).toBeTruthy();
    expect(within(tabletRow!).getByText('Van de tablet gehaald')).toBeTruthy();
    expect(within(refusedRow!).getByText('Geweigerd')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Waar'), { target: { value: 'tablet' } });
    await waitFor(() => expect(api.loadAuditPage).toHaveBeenLastCalledWith({ source: 'tablet' }));
    await chooseSamira();
    fireEvent.click(await screen.findByLabelText('Alleen het dossier van Samira Haddad'));
    await waitFor(() =>
      expect(api.loadAuditPage).toHaveBeenLastCalledWith({ source: 'tablet', caseId: CASE_ID }),
    );

    api.loadAuditPage.mockResolvedValueOnce({
      entries: [logEntry({ key: 'server:0', action: 'login', caseId: null, caseName: null })],
      next: null,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Oudere regels laden' }));
    await screen.findByText('Ingelogd');
    expect(api.loadAuditPage).toHaveBeenLastCalledWith(
      { source: 'tablet', caseId: CASE_ID },
      'cursor-1',
    );
    expect(screen.queryByRole('button', { name: 'Oudere regels laden' })).toBeNull();
  });

  it('says plainly when the server cannot be reached', async () => {
    api.loadCases.mockRejectedValue(new ApiError('offline'));
    api.loadAuditPage.mockRejectedValue(new ApiError('offline'));
    render(<PrivacySection />);
    expect(
      (
        await screen.findAllByText(
          'Geen verbinding: het overzicht van de gemeente staat op de server.',
        )
      ).length,
    ).toBe(2);
  });
});
