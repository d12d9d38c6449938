// Reads one back-office resource with the session's token: loading, ready or failed (with a plain reason), and a
// reload for after a change. The screen never goes blank on a failure.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../sync/apiError';
import { backoffice } from '../services';

export type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; reason: string };

export const failureReason = (error: unknown): string =>
  error instanceof ApiError ? error.code : 'server-error';

export const useBackofficeData = <T>(
  path: string,
  query?: Record<string, string | undefined>,
): Loaded<T> & { reload(): void } => {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(query ?? {});
  useEffect(() => {
    let alive = true;
    backoffice.get<T>(path, JSON.parse(key) as Record<string, string>).then(
      (data) => alive && setState({ status: 'ready', data }),
      (error: unknown) => alive && setState({ status: 'failed', reason: failureReason(error) }),
    );
    return () => {
      alive = false;
    };
  }, [path, key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
};

/** Saves a Blob as a file through the browser's download. */
export const saveFile = (blob: Blob, filename: string): void => {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
