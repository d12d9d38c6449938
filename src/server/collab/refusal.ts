// A refusal of something a client sent or asked: Hocuspocus closes or denies with its code and reason, and logs one line.

/**
 * Hocuspocus reads `code` and `reason`, and logs a refused message with console.error(error). An empty message
 * keeps its hook runner quiet, a one-line stack keeps the log to one line: a client's mistake is not a crash.
 */
export class Refusal extends Error {
  declare readonly code: number;
  declare readonly reason: string;
  constructor(code: number, reason: string) {
    super('');
    this.name = 'Refusal';
    Object.defineProperty(this, 'code', { value: code });
    Object.defineProperty(this, 'reason', { value: reason });
    this.stack = `Refusal: ${reason} (${code})`;
  }
}
