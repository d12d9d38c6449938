// The one error type of the domain: every refused command throws a DomainError with a stable code. The message is
// for developers and logs (English, technical); the words the person at the tablet reads come from the code, in
// one place: src/app/hooks/problems.ts maps every code to a problem the app explains in plain words.

/** Every code a domain command can refuse with; a new refusal gets a code here (and its words in problems.ts). */
export const DOMAIN_ERROR_CODES = [
  // Case and conversation
  'name-required',
  'case-exists',
  'case-missing',
  'conversation-missing',
  'registration-date-invalid',
  'private-with-partner',
  'note-empty',
  'schema-too-new',
  // Answers
  'answer-empty',
  'answer-missing',
  'answer-not-yours',
  'question-hidden',
  // Drawings
  'drawing-missing',
  'stroke-invalid',
  // Explanation cards (teach-back)
  'card-unknown',
  'answer-unknown',
  'answer-mismatch',
  'explanation-exists',
  'explanation-invalid',
  // PIP
  'leerbaarheid-invalid',
  'leerroute-why-required',
  'plan-invalid',
  'ontzorgen-not-applicable',
  'ontzorgen-too-short',
  'vaststellen-incomplete',
  'version-reason-required',
  'schakelen-too-late',
  // His voice
  'voice-invalid',
  'voice-too-long',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
