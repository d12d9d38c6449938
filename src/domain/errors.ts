// A domain error carries a stable code the UI translates into plain words.

export type DomainErrorCode =
  | 'name-required'
  | 'case-exists'
  | 'case-missing'
  | 'conversation-missing'
  | 'answer-empty'
  | 'answer-missing'
  | 'answer-not-yours'
  | 'question-hidden'
  | 'note-empty'
  | 'schema-too-new'
  | 'leerbaarheid-invalid'
  | 'leerroute-why-required'
  | 'registration-date-invalid'
  | 'private-with-partner'
  | 'plan-invalid'
  | 'ontzorgen-not-applicable'
  | 'ontzorgen-too-short'
  | 'vaststellen-incomplete'
  | 'version-reason-required'
  | 'schakelen-too-late'
  | 'voice-invalid'
  | 'voice-too-long';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
