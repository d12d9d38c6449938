// Tests that IndexedDB failures map to codes the UI can explain.
import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from './errors';

describe('toStorageError', () => {
  it('recognises a full disk', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).code).toBe('quota');
  });
  it('recognises a storage that cannot be opened', () => {
    expect(toStorageError(new DOMException('x', 'InvalidStateError')).code).toBe('unavailable');
  });
  it('treats an aborted transaction without error as a failed write', () => {
    expect(toStorageError(null).code).toBe('write-failed');
  });
  it('keeps an existing StorageError', () => {
    const e = new StorageError('timeout', 't');
    expect(toStorageError(e)).toBe(e);
  });
});
