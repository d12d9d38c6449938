// A REST call of a test: method, path, the session whose token it carries (if any) and a JSON body (if any).
import type { SessionResponse } from '../../../src/protocol/api';

export type ApiCall = (
  method: string,
  path: string,
  session?: SessionResponse,
  body?: unknown,
) => Promise<Response>;

export const callApi = (
  server: { url: string },
  method: string,
  path: string,
  session?: SessionResponse,
  body?: unknown,
): Promise<Response> =>
  fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
