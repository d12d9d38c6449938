// REST calls of the back office (teamleider, beheerder): JSON in and out, files down and up, each with the
// session's token; a failure becomes an ApiError with a plain code ('offline', 'forbidden', …) the screen can say.
import { ApiError, type ApiFailure } from './apiError';

export interface BackofficeClient {
  /** GET a JSON answer; query values that are undefined or "" are left out. */
  get<T>(path: string, query?: Record<string, string | undefined>): Promise<T>;
  /** GET a file (CSV, XLIFF, HTML) as a Blob. */
  file(path: string, query?: Record<string, string | undefined>): Promise<Blob>;
  /** POST, PUT or DELETE with an optional JSON body; the answer's JSON (undefined when there is none). */
  send<T = unknown>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
  /** POST raw text (an imported XLIFF or JSON file) with its content type. */
  upload<T = unknown>(path: string, text: string, contentType: string): Promise<T>;
}

const withQuery = (path: string, query?: Record<string, string | undefined>): string => {
  const params = new URLSearchParams(
    Object.entries(query ?? {}).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
    ),
  );
  return params.toString() ? `${path}?${params.toString()}` : path;
};

export const createBackofficeClient = (
  baseUrl: string,
  getAccessToken: () => Promise<string>,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): BackofficeClient => {
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${await getAccessToken()}`);
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { ...init, headers });
    } catch {
      throw new ApiError('offline');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => undefined)) as
        { error?: ApiFailure } | undefined;
      throw new ApiError(body?.error ?? 'server-error', response.status);
    }
    return response;
  };
  const json = async <T>(response: Response): Promise<T> =>
    (response.status === 204 ? undefined : await response.json().catch(() => undefined)) as T;
  return {
    get: async (path, query) => json(await request(withQuery(path, query))),
    file: async (path, query) => (await request(withQuery(path, query))).blob(),
    send: async (method, path, body) =>
      json(
        await request(
          path,
          body === undefined
            ? { method }
            : {
                method,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(body),
              },
        ),
      ),
    upload: async (path, text, contentType) =>
      json(
        await request(path, {
          method: 'POST',
          headers: { 'content-type': contentType },
          body: text,
        }),
      ),
  };
};
