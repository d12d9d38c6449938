// Turns any thrown error into a problem the banner can explain in plain words.
import { DomainError } from '../../domain/errors';
import { StorageError } from '../../storage/errors';
import { useAppStore, type ProblemCode } from '../state/store';

export const problemCodeOf = (error: unknown): ProblemCode => {
  if (error instanceof StorageError) return error.code;
  if (error instanceof DomainError && error.code === 'schema-too-new') return 'schema-too-new';
  return 'unknown';
};

export const reportProblem = (error: unknown, retry?: () => void): void => {
  console.error(error);
  useAppStore.getState().showProblem({
    code: problemCodeOf(error),
    detail: error instanceof Error ? error.message : String(error),
    ...(retry ? { retry } : {}),
  });
};
