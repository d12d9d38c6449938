// The error handler: a plain 500 without the error's text, a plain 4xx for a request Fastify refused, one log line each.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandler, type ErrorLog } from './errorHandler';

const appWithLog = async () => {
  const lines: { level: 'warn' | 'error'; line: string; error?: unknown }[] = [];
  const log: ErrorLog = {
    warn: (line) => lines.push({ level: 'warn', line }),
    error: (line, error) => lines.push({ level: 'error', line, error }),
  };
  const app = Fastify();
  registerErrorHandler(app, log);
  app.get('/boom', async () => {
    throw new Error('relation "case_projection" does not exist');
  });
  app.post('/echo', async (request) => request.body);
  await app.ready();
  return { app, lines };
};

describe('registerErrorHandler', () => {
  it('answers a thrown error with 500 server-error only, and logs it with its details', async () => {
    const { app, lines } = await appWithLog();
    const res = await app.inject({ method: 'GET', url: '/boom?caseId=x' });
    expect(res.statusCode).toBe(500);
    expect(res.body).toBe(JSON.stringify({ error: 'server-error' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', line: '[http] 500 GET /boom:' });
    expect((lines[0]!.error as Error).message).toContain('case_projection');
  });

  it('keeps a malformed request a 4xx with invalid-request, logged in one line without a stack', async () => {
    const { app, lines } = await appWithLog();
    const cases = [
      { payload: '{"a": ', type: 'application/json', status: 400 },
      { payload: '', type: 'application/json', status: 400 },
      { payload: '<a/>', type: 'application/xml', status: 415 },
    ];
    for (const { payload, type, status } of cases) {
      const res = await app.inject({
        method: 'POST',
        url: '/echo',
        payload,
        headers: { 'content-type': type },
      });
      expect(res.statusCode).toBe(status);
      expect(res.body).toBe(JSON.stringify({ error: 'invalid-request' }));
    }
    expect(lines.map((l) => l.level)).toEqual(['warn', 'warn', 'warn']);
    for (const { line } of lines) {
      expect(line).toMatch(/^\[http\] 4\d\d POST \/echo: \S/);
      expect(line).not.toMatch(/\n|\bat \S+ \(/);
    }
  });
});
