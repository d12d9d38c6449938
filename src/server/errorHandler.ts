// The API's answer to an error no route handled: a plain code, never the error's own text (a database
// message names tables, columns and addresses). A request Fastify could not parse stays a 4xx.
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';

/** Where the lines go; console by default, like the rest of the server's own messages. */
export interface ErrorLog {
  warn(line: string): void;
  error(line: string, error: unknown): void;
}

const MAX_LINE = 300;

/** One line: the message of a client error may carry a header value; it never spans lines in the log. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').slice(0, MAX_LINE);

/** Method and path, without the query (it may hold ids a log line does not need). */
const where = (request: FastifyRequest): string =>
  oneLine(`${request.method} ${request.url.split('?')[0] ?? ''}`);

const isClientError = (status: number | undefined): status is number =>
  status !== undefined && status >= 400 && status < 500;

export const registerErrorHandler = (app: FastifyInstance, log: ErrorLog = console): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // Fastify's own refusals of a request (malformed JSON, empty body, unknown content type, too large):
    // the status says what kind, the body only that the request was wrong; the log gets the reason, no stack.
    if (isClientError(error.statusCode)) {
      log.warn(`[http] ${error.statusCode} ${where(request)}: ${oneLine(error.message)}`);
      return reply.code(error.statusCode).send({ error: 'invalid-request' });
    }
    // The server's own failure: everything about it (message, stack) stays in the server's log.
    log.error(`[http] 500 ${where(request)}:`, error);
    return reply.code(500).send({ error: 'server-error' });
  });
};
