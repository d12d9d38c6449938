// The municipality's content reaches the tablet's own database: a new revision replaces what it held, the same
// revision changes nothing, and offline, a server failure or a malformed answer keep what the tablet has.
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../storage/db';
import { dexieMunicipalContentStore } from '../storage/municipalContentStore';
import { fetchMunicipalContent } from './contentSync';

const item = (text: string, seq: number) => ({
  kind: 'text',
  key: 'content:tile.yes',
  language: 'ti',
  value: { text },
  reviewedBy: 'Tesfay',
  reviewedAt: '2026-12-02T10:00:00.000Z',
  seq,
  changedAt: '2026-12-02T10:00:00.000Z',
});
const answer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('fetchMunicipalContent', () => {
  it('stores a new revision whole, skips the same one, and keeps it through failures', async () => {
    const store = dexieMunicipalContentStore(openDb(`content-${crypto.randomUUID()}`));
    const responses: (() => Response | Promise<Response>)[] = [
      () => answer({ revision: 3, items: [item('እወ፣', 3)] }),
      () => answer({ revision: 3, items: [item('እወ፣', 3)] }),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => answer({ error: 'boom' }, 500),
      () => answer({ revision: 'x' }),
      () => answer({ revision: 5, items: [] }),
    ];
    const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      expect(String(url)).toBe('https://gemeente.example/api/content');
      expect(new Headers(init?.headers).get('authorization')).toBe('Bearer token');
      return responses.shift()!();
    });
    const updated = vi.fn();
    const round = () =>
      fetchMunicipalContent({
        baseUrl: 'https://gemeente.example',
        getAccessToken: async () => 'token',
        store,
        fetch: fetchImpl as typeof fetch,
        onUpdated: updated,
      });

    expect(await round()).toBe('updated');
    expect(await store.all()).toEqual([
      {
        kind: 'text',
        key: 'content:tile.yes',
        language: 'ti',
        value: { text: 'እወ፣' },
        reviewedBy: 'Tesfay',
        reviewedAt: '2026-12-02T10:00:00.000Z',
        changedAt: '2026-12-02T10:00:00.000Z',
      },
    ]);
    expect(updated).toHaveBeenCalledTimes(1);
    expect(await round()).toBe('unchanged');
    expect(await round()).toBe('offline');
    expect(await round()).toBe('server-error');
    expect(await round()).toBe('server-error');
    expect(await store.all()).toHaveLength(1);
    expect(await store.revision()).toBe(3);
    // Everything taken back: the tablet holds nothing of its own any more.
    expect(await round()).toBe('updated');
    expect(await store.all()).toEqual([]);
    expect(updated).toHaveBeenCalledTimes(2);
  });

  it('does not call the server without a session', async () => {
    const store = dexieMunicipalContentStore(openDb(`content-${crypto.randomUUID()}`));
    const fetchImpl = vi.fn();
    const result = await fetchMunicipalContent({
      baseUrl: '',
      getAccessToken: () => Promise.reject(new Error('signed out')),
      store,
      fetch: fetchImpl as typeof fetch,
    });
    expect(result).toBe('signed-out');
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
