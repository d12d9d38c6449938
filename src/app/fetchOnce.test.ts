// One fetch shared by every call; a failure is forgotten so the next call fetches again.
import { describe, expect, it, vi } from 'vitest';
import { fetchOnce } from './fetchOnce';

describe('fetchOnce', () => {
  it('shares the first fetch and keeps what it gave', async () => {
    const load = vi.fn(() => Promise.resolve('code'));
    const fetch = fetchOnce(load);
    expect(await Promise.all([fetch(), fetch()])).toEqual(['code', 'code']);
    expect(await fetch()).toBe('code');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetches again after a failure', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue('code');
    const fetch = fetchOnce(load);
    await expect(fetch()).rejects.toThrow('offline');
    expect(await fetch()).toBe('code');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
