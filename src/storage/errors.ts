// Storage failures with a stable code, so the UI can say in plain words what went wrong.

export type StorageErrorCode =
  'quota' | 'unavailable' | 'write-failed' | 'timeout' | 'not-found' | 'not-synced';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Maps an IndexedDB/DOM error (or null from an aborted transaction) to a StorageError. */
export const toStorageError = (error: unknown): StorageError => {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError')
    return new StorageError('quota', 'The tablet storage is full.', error);
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') {
    return new StorageError('unavailable', 'The tablet storage cannot be used right now.', error);
  }
  return new StorageError('write-failed', 'Saving on the tablet failed.', error);
};
