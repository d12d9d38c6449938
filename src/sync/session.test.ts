// Tests of the tablet session: login, token refresh before expiry, and what a refused refresh means.
import { describe, expect, it, vi } from 'vitest';
import type { SessionResponse } from '../protocol/api';
import { ApiError, type ApiClient } from './apiClient';
import { SessionManager } from './session';
import { memorySessionStore } from './testing/memorySessionStore';

const user = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'a@b.nl',
  role: 'consultant' as const,
  organisationId: '00000000-0000-4000-8000-000000000002',
  organisationName: 'Gemeente X',
};
const response = (token: string, expiresAt: number): SessionResponse => ({
  accessToken: token,
  accessTokenExpiresAt: expiresAt,
  refreshToken: `refresh-${token}-xxxxxxxxxxxxxxxx`,
  deviceId: '00000000-0000-4000-8000-000000000003',
  user,
});
const api = (overrides: Partial<ApiClient>): ApiClient => ({
  login: vi.fn(),
  refresh: vi.fn(),
  listCases: vi.fn(),
  listDevices: vi.fn(),
  listDeletedCases: vi.fn(),
  revokeDevice: vi.fn(),
  caseload: vi.fn(),
  caseloadCsv: vi.fn(),
  ...overrides,
});

describe('SessionManager', () => {
  it('logs in, stores the session and hands out the access token while it is fresh', async () => {
    const store = memorySessionStore();
    const session = new SessionManager(
      api({ login: vi.fn().mockResolvedValue(response('t1', 1000)) }),
      store,
      () => 100,
    );
    await session.login('a@b.nl', 'pw', 'Tablet 1');
    expect(store.value?.accessToken).toBe('t1');
    expect(await session.getAccessToken()).toBe('t1');
    expect(session.getState()).toMatchObject({ status: 'signed-in' });
  });

  it('restores a stored session without network and refreshes an expiring token once', async () => {
    const store = memorySessionStore();
    store.value = { ...response('old', 1000), user };
    const refresh = vi.fn().mockResolvedValue(response('new', 5000));
    const session = new SessionManager(api({ refresh }), store, () => 990);
    await session.restore();
    const [a, b] = await Promise.all([session.getAccessToken(), session.getAccessToken()]);
    expect([a, b]).toEqual(['new', 'new']);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(store.value?.accessToken).toBe('new');
  });

  it('marks the session expired when the server refuses the refresh token, and keeps it stored', async () => {
    const store = memorySessionStore();
    store.value = { ...response('old', 10), user };
    const session = new SessionManager(
      api({ refresh: vi.fn().mockRejectedValue(new ApiError('invalid-token', 401)) }),
      store,
      () => 100,
    );
    await session.restore();
    await expect(session.getAccessToken()).rejects.toMatchObject({ code: 'invalid-token' });
    expect(session.getState()).toMatchObject({ status: 'expired' });
  });

  it('asks to sign in again, keeping the stored session, when the server found its refresh token reused', async () => {
    const store = memorySessionStore();
    store.value = { ...response('old', 10), user };
    const session = new SessionManager(
      api({ refresh: vi.fn().mockRejectedValue(new ApiError('refresh-token-reused', 401)) }),
      store,
      () => 100,
    );
    await session.restore();
    await expect(session.getAccessToken()).rejects.toMatchObject({ code: 'refresh-token-reused' });
    expect(session.getState()).toMatchObject({ status: 'expired' });
    expect(store.value?.deviceId).toBe(response('old', 10).deviceId);
  });

  it('signs in again on the device it was, so its offline work stays its own', async () => {
    const store = memorySessionStore();
    store.value = { ...response('old', 10), user };
    const login = vi.fn().mockResolvedValue(response('again', 5000));
    const session = new SessionManager(
      api({ login, refresh: vi.fn().mockRejectedValue(new ApiError('refresh-token-reused', 401)) }),
      store,
      () => 100,
    );
    await session.restore();
    await expect(session.getAccessToken()).rejects.toBeInstanceOf(ApiError);
    await session.login('a@b.nl', 'pw', 'Tablet 1');
    expect(login).toHaveBeenCalledWith({
      email: 'a@b.nl',
      password: 'pw',
      deviceName: 'Tablet 1',
      previousDeviceId: response('old', 10).deviceId,
    });
    expect(session.getState()).toMatchObject({ status: 'signed-in' });
  });

  it('names no previous device at a first sign-in', async () => {
    const login = vi.fn().mockResolvedValue(response('t1', 1000));
    const session = new SessionManager(api({ login }), memorySessionStore(), () => 100);
    await session.login('a@b.nl', 'pw', 'Tablet 1');
    expect(login).toHaveBeenCalledWith({ email: 'a@b.nl', password: 'pw', deviceName: 'Tablet 1' });
  });

  it('takes the tokens another tab refreshed already instead of showing its replaced refresh token again', async () => {
    const store = memorySessionStore();
    store.value = { ...response('old', 10), user };
    const refresh = vi.fn().mockResolvedValue(response('mine', 5000));
    const session = new SessionManager(api({ refresh }), store, () => 100);
    await session.restore();
    store.value = { ...response('other-tab', 2000), user };
    expect(await session.getAccessToken()).toBe('other-tab');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('reports a revoked device', async () => {
    const store = memorySessionStore();
    store.value = { ...response('old', 10), user };
    const session = new SessionManager(
      api({ refresh: vi.fn().mockRejectedValue(new ApiError('device-revoked', 403)) }),
      store,
      () => 100,
    );
    await session.restore();
    const states: string[] = [];
    session.subscribe((s) => states.push(s.status));
    await expect(session.getAccessToken()).rejects.toBeInstanceOf(ApiError);
    expect(states).toEqual(['revoked']);
  });

  it('stays signed in when the server cannot be reached', async () => {
    const store = memorySessionStore();
    store.value = { ...response('old', 10), user };
    const session = new SessionManager(
      api({ refresh: vi.fn().mockRejectedValue(new ApiError('offline')) }),
      store,
      () => 100,
    );
    await session.restore();
    await expect(session.getAccessToken()).rejects.toMatchObject({ code: 'offline' });
    expect(session.getState()).toMatchObject({ status: 'signed-in' });
  });
});
