// REST calls to the municipality's server (login, refresh, case list), with failures as plain codes.
import type { CaseloadQuery, CaseloadRow } from '../protocol/backoffice';
import { z } from 'zod';
import { ApiError } from './apiError';
import {
  deletedCaseSchema,
  sessionResponseSchema,
  type DeletedCase,
  type Device,
  type ErrorCode,
  type LoginRequest,
  type SessionResponse,
} from '../protocol/api';

// The app's CSP has no 'unsafe-eval': zod must not probe for eval (it would be reported as a violation).
z.config({ jitless: true });

export { ApiError, type ApiFailure } from './apiError';

export interface RemoteCase {
  caseId: string;
  documentName: string;
  name: string | null;
  updatedAt: string;
  /** The consultant the case is assigned to (its creator); null when nobody is. */
  assignedUserId?: string | null;
  assignedToMe?: boolean;
}

export interface ApiClient {
  login(body: LoginRequest): Promise<SessionResponse>;
  refresh(refreshToken: string): Promise<SessionResponse>;
  listCases(accessToken: string): Promise<RemoteCase[]>;
  listDevices(accessToken: string): Promise<Device[]>;
  /** Cases deleted on the server (AVG erasure) since a moment, so tablets remove their copies. */
  listDeletedCases(accessToken: string, since?: string): Promise<DeletedCase[]>;
  /** lost: wiped at the next contact; retire: it sends what it still has, then wipes itself. */
  revokeDevice(accessToken: string, deviceId: string, mode: 'lost' | 'retire'): Promise<void>;
  /** The back office's caseload of the municipality (teamleider). */
  caseload(accessToken: string, query: CaseloadQuery): Promise<CaseloadRow[]>;
  /** The same caseload as a CSV file for a spreadsheet. */
  caseloadCsv(accessToken: string, query: CaseloadQuery): Promise<Blob>;
}

/** The filters of a caseload request as a query string ("" without any). */
const searchOf = (query: CaseloadQuery): string => {
  const params = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  return params.toString() ? `?${params.toString()}` : '';
};

export const createApiClient = (baseUrl: string, fetchImpl: typeof fetch = fetch): ApiClient => {
  const call = async (path: string, init: RequestInit): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, init);
    } catch {
      throw new ApiError('offline');
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const code = (body as { error?: ErrorCode } | undefined)?.error;
      throw new ApiError(code ?? 'server-error', response.status);
    }
    return body;
  };
  const post = (path: string, body: unknown) =>
    call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return {
    login: async (body) => sessionResponseSchema.parse(await post('/api/login', body)),
    refresh: async (refreshToken) =>
      sessionResponseSchema.parse(await post('/api/refresh', { refreshToken })),
    listCases: async (accessToken) =>
      (await call('/api/cases', {
        headers: { authorization: `Bearer ${accessToken}` },
      })) as RemoteCase[],
    listDeletedCases: async (accessToken, since) =>
      z.array(deletedCaseSchema).parse(
        await call(`/api/cases/deleted${since ? `?since=${encodeURIComponent(since)}` : ''}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        }),
      ),
    listDevices: async (accessToken) =>
      (await call('/api/devices', {
        headers: { authorization: `Bearer ${accessToken}` },
      })) as Device[],
    caseload: async (accessToken, query) =>
      (await call(`/api/backoffice/caseload${searchOf(query)}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      })) as CaseloadRow[],
    caseloadCsv: async (accessToken, query) => {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}/api/backoffice/caseload.csv${searchOf(query)}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        });
      } catch {
        throw new ApiError('offline');
      }
      if (!response.ok)
        throw new ApiError(response.status === 403 ? 'forbidden' : 'server-error', response.status);
      return response.blob();
    },
    revokeDevice: async (accessToken, deviceId, mode) =>
      void (await call(`/api/devices/${encodeURIComponent(deviceId)}/revoke`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ mode }),
      })),
  };
};
