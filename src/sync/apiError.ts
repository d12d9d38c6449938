// How a call to the server failed, as a plain code a screen can say; apart from the client so that code which only
// needs to recognise a failure (session, back office, screens) does not load the client and its schemas.
import type { ErrorCode } from '../protocol/api';

/** Why a call failed: a server error code, or that the server could not be reached. */
export type ApiFailure = ErrorCode | 'offline' | 'server-error';

export class ApiError extends Error {
  constructor(
    readonly code: ApiFailure,
    readonly status?: number,
  ) {
    super(`API call failed: ${code}`);
    this.name = 'ApiError';
  }
}
