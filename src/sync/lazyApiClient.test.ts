// The lazy client loads the real one once, at the first call, and forwards arguments, answers and failures.
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from './apiClient';
import { ApiError } from './apiError';
import { lazyApiClient } from './lazyApiClient';

const fakeClient = (): ApiClient =>
  ({
    listCases: vi.fn(async (token: string) => [
      { caseId: token, documentName: 'd', name: null, updatedAt: 'now' },
    ]),
    revokeDevice: vi.fn(async () => {
      throw new ApiError('forbidden', 403);
    }),
  }) as unknown as ApiClient;

describe('lazyApiClient', () => {
  it('loads nothing until the first call, then loads once and forwards arguments and answers', async () => {
    const real = fakeClient();
    const load = vi.fn(async () => real);
    const api = lazyApiClient(load);
    expect(load).not.toHaveBeenCalled();
    await expect(api.listCases('token-1')).resolves.toEqual([
      { caseId: 'token-1', documentName: 'd', name: null, updatedAt: 'now' },
    ]);
    await api.listCases('token-2');
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.listCases).toHaveBeenLastCalledWith('token-2');
  });

  it("passes the real client's failure on unchanged", async () => {
    const api = lazyApiClient(async () => fakeClient());
    await expect(api.revokeDevice('t', 'device', 'lost')).rejects.toMatchObject({
      code: 'forbidden',
      status: 403,
    });
  });
});
