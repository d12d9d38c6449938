// An ApiClient whose code (and its zod schemas) loads at its first call: a tablet that starts signed out, or
// offline, never fetches it for the PIN pad.
import type { ApiClient } from './apiClient';

export const lazyApiClient = (load: () => Promise<ApiClient>): ApiClient => {
  let client: Promise<ApiClient> | undefined;
  const loaded = () => (client ??= load());
  const call =
    <K extends keyof ApiClient>(method: K) =>
    async (...args: Parameters<ApiClient[K]>): Promise<Awaited<ReturnType<ApiClient[K]>>> =>
      // The signatures are those of ApiClient[K]: forwarding them unchanged is type-safe, TS only cannot see it.
      (
        (await loaded())[method] as (
          ...a: Parameters<ApiClient[K]>
        ) => Promise<Awaited<ReturnType<ApiClient[K]>>>
      )(...args);
  return {
    login: call('login'),
    refresh: call('refresh'),
    listCases: call('listCases'),
    listDevices: call('listDevices'),
    listDeletedCases: call('listDeletedCases'),
    revokeDevice: call('revokeDevice'),
    caseload: call('caseload'),
    caseloadCsv: call('caseloadCsv'),
  };
};
