// Tests of the people screen's pure rules: revocation choices per state, failure words, row updates.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../sync/apiClient';
import { failureCode, failureKey, insertByEmail, replaceById, revokeChoices } from './peopleModel';

describe('people screen rules', () => {
  it('offers both choices for an active tablet, only "lost" for a retiring one, none for a revoked one', () => {
    expect(revokeChoices('active')).toEqual(['retire', 'lost']);
    expect(revokeChoices('retiring')).toEqual(['lost']);
    expect(revokeChoices('revoked')).toEqual([]);
  });

  it('says each known failure in its own words and anything else as a passing trouble', () => {
    expect(failureKey('last-manager')).toBe('backoffice.people.error.last-manager');
    expect(failureKey('email-taken')).toBe('backoffice.people.error.email-taken');
    expect(failureKey('offline')).toBe('backoffice.people.error.offline');
    expect(failureKey('document-load-failed')).toBe('backoffice.people.error.other');
    expect(failureCode(new ApiError('forbidden', 403))).toBe('forbidden');
    expect(failureCode(new Error('boom'))).toBe('server-error');
  });

  it('replaces a row by id and inserts a new one in e-mail order', () => {
    const rows = [
      { id: '1', email: 'a@x.nl', n: 1 },
      { id: '2', email: 'c@x.nl', n: 1 },
    ];
    expect(replaceById(rows, { id: '2', email: 'c@x.nl', n: 2 })).toEqual([
      rows[0],
      { id: '2', email: 'c@x.nl', n: 2 },
    ]);
    expect(insertByEmail(rows, { id: '3', email: 'b@x.nl', n: 1 }).map((r) => r.id)).toEqual([
      '1',
      '3',
      '2',
    ]);
  });
});
