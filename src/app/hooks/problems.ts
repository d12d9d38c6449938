// Turns any thrown error into a problem the banner can explain in plain words. This is the one place where an error
// code becomes words the person at the tablet reads: a StorageError's code and every DomainError code map to a
// ProblemCode, whose text is `problem.<code>` in locales/<language>/common.json.
import { DomainError, type DomainErrorCode } from '../../domain/errors';
import { StorageError } from '../../storage/errors';
import { useAppStore, type ProblemCode } from '../state/store';

/**
 * The problem each domain refusal is shown as. The screens never offer what most refusals guard against (a second
 * case in one document, a stroke without points, a picture a card does not have), so those read as a general
 * problem with the technical detail beneath; a refusal the person can act on has words of its own. A new code
 * must be given its problem here (the type requires every code).
 */
export const DOMAIN_PROBLEMS: Readonly<Record<DomainErrorCode, ProblemCode>> = {
  'name-required': 'unknown',
  'case-exists': 'unknown',
  'case-missing': 'unknown',
  'conversation-missing': 'unknown',
  'registration-date-invalid': 'unknown',
  'private-with-partner': 'unknown',
  'note-empty': 'unknown',
  'schema-too-new': 'schema-too-new',
  'answer-empty': 'unknown',
  'answer-missing': 'unknown',
  'answer-not-yours': 'unknown',
  'question-hidden': 'unknown',
  'drawing-missing': 'unknown',
  'stroke-invalid': 'unknown',
  'card-unknown': 'unknown',
  'answer-unknown': 'unknown',
  'answer-mismatch': 'unknown',
  'explanation-exists': 'unknown',
  'explanation-invalid': 'unknown',
  'leerbaarheid-invalid': 'unknown',
  'leerroute-why-required': 'unknown',
  'plan-invalid': 'unknown',
  'ontzorgen-not-applicable': 'unknown',
  'ontzorgen-too-short': 'unknown',
  'vaststellen-incomplete': 'unknown',
  'version-reason-required': 'unknown',
  'schakelen-too-late': 'unknown',
  'voice-invalid': 'unknown',
  'voice-too-long': 'unknown',
};

export const problemCodeOf = (error: unknown): ProblemCode => {
  if (error instanceof StorageError) return error.code;
  if (error instanceof DomainError) return DOMAIN_PROBLEMS[error.code] ?? 'unknown';
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
