// Tests of the privacy screen's rules: finding a case, the confirmation word, the registration number.
import { describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../../protocol/backoffice';
import { ApiError } from '../../../sync/apiClient';
import {
  confirmsDeletion,
  confirmWordOf,
  failureCode,
  isValidReference,
  searchCases,
  SEARCH_RESULTS_MAX,
} from './privacyModel';

const row = (name: string | null, caseId = crypto.randomUUID()): CaseloadRow => ({
  caseId,
  name,
  language: 'ar',
  languages: ['ar'],
  consultantId: null,
  consultantEmail: null,
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

describe('privacy rules', () => {
  it('finds cases by part of the name, ignoring case and spaces, or by the start of the case number', () => {
    const rows = [
      row('Samira Haddad'),
      row('Yonas  Tesfay'),
      row(null, '3f0c8a52-6c1e-4b8e-9d4a-0a1b2c3d4e5f'),
    ];
    expect(searchCases(rows, '  HADD ').found.map((r) => r.name)).toEqual(['Samira Haddad']);
    expect(searchCases(rows, 'yonas tes').found.map((r) => r.name)).toEqual(['Yonas  Tesfay']);
    expect(searchCases(rows, '3f0c8a').found).toHaveLength(1);
    expect(searchCases(rows, '')).toEqual({ found: [], more: false });
    const many = Array.from({ length: SEARCH_RESULTS_MAX + 2 }, (_, i) => row(`Amal ${i}`));
    expect(searchCases(many, 'amal')).toMatchObject({ more: true });
    expect(searchCases(many, 'amal').found).toHaveLength(SEARCH_RESULTS_MAX);
  });

  it('confirms a deletion with the name typed (or the start of the number when there is no name)', () => {
    const named = { caseId: crypto.randomUUID(), name: 'Samira Haddad' };
    expect(confirmsDeletion(named, 'samira  haddad ')).toBe(true);
    expect(confirmsDeletion(named, 'Samira')).toBe(false);
    const unnamed = { caseId: '3f0c8a52-6c1e-4b8e-9d4a-0a1b2c3d4e5f', name: null };
    expect(confirmWordOf(unnamed)).toBe('3f0c8a52');
    expect(confirmsDeletion(unnamed, '3F0C8A52')).toBe(true);
  });

  it('takes a registration number the server takes, never a name with spaces', () => {
    expect(isValidReference('')).toBe(true);
    expect(isValidReference('AVG-2026/14')).toBe(true);
    expect(isValidReference('Samira Haddad')).toBe(false);
    expect(isValidReference('-start')).toBe(false);
  });

  it('names a failure by its code', () => {
    expect(failureCode(new ApiError('case-deleted', 410))).toBe('case-deleted');
    expect(failureCode(new Error('boom'))).toBe('server-error');
  });
});
