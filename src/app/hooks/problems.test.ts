// Tests of the one place an error becomes words: every domain error code and every storage error code has a problem
// whose words exist in Dutch and English, and anything else reads as a general problem.
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/common.json';
import nl from '../../../locales/nl/common.json';
import { DOMAIN_ERROR_CODES, DomainError } from '../../domain/errors';
import { StorageError, type StorageErrorCode } from '../../storage/errors';
import { useAppStore } from '../state/store';
import { DOMAIN_PROBLEMS, problemCodeOf, reportProblem } from './problems';

const STORAGE_CODES: StorageErrorCode[] = [
  'quota',
  'unavailable',
  'write-failed',
  'timeout',
  'not-found',
  'not-synced',
];
const words = (locale: { problem: Record<string, string> }, code: string) => locale.problem[code];

afterEach(() => useAppStore.getState().showProblem(null));

describe('problemCodeOf', () => {
  it.each(DOMAIN_ERROR_CODES)('gives the domain error %s words in Dutch and English', (code) => {
    const problem = problemCodeOf(new DomainError(code, 'technical'));
    expect(problem).toBe(DOMAIN_PROBLEMS[code]);
    expect(words(nl, problem)).toBeTruthy();
    expect(words(en, problem)).toBeTruthy();
  });

  it('maps exactly the domain error codes, no more', () => {
    expect(Object.keys(DOMAIN_PROBLEMS).sort()).toEqual([...DOMAIN_ERROR_CODES].sort());
  });

  it('says a case from a newer app in its own words, and the rest as a general problem', () => {
    expect(problemCodeOf(new DomainError('schema-too-new', 'x'))).toBe('schema-too-new');
    expect(problemCodeOf(new DomainError('stroke-invalid', 'x'))).toBe('unknown');
    expect(problemCodeOf(new DomainError('card-unknown', 'x'))).toBe('unknown');
  });

  it.each(STORAGE_CODES)('gives the storage error %s its own words', (code) => {
    expect(problemCodeOf(new StorageError(code, 'technical'))).toBe(code);
    expect(words(nl, code)).toBeTruthy();
    expect(words(en, code)).toBeTruthy();
  });

  it('reads anything else as a general problem', () => {
    expect(problemCodeOf(new Error('boom'))).toBe('unknown');
    expect(problemCodeOf('a string')).toBe('unknown');
    expect(problemCodeOf(undefined)).toBe('unknown');
  });
});

describe('reportProblem', () => {
  it('shows the problem with the technical message as detail, and a retry when given', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const retry = vi.fn();
    reportProblem(
      new DomainError('explanation-exists', 'Explanation record e1 already exists.'),
      retry,
    );
    expect(useAppStore.getState().problem).toEqual({
      code: 'unknown',
      detail: 'Explanation record e1 already exists.',
      retry,
    });
    reportProblem(new StorageError('quota', 'full'));
    expect(useAppStore.getState().problem).toEqual({ code: 'quota', detail: 'full' });
  });
});
