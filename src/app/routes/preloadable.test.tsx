// A screen fetched ahead renders in the same commit (no blank Suspense frame); one not fetched yet suspends once and
// stays mounted once its code arrived; a failed fetch is tried again.
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

afterEach(cleanup);

const Hello = ({ name }: { name: string }) => <p>Hallo {name}</p>;
const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>laden</p>}>{node}</Suspense>;
let mounts = 0;
/** Counts its mounts; shows its name and its (first) mount number. */
const Counter = ({ name }: { name: string }) => {
  const [mount] = useState(() => ++mounts);
  return <p>{`${name} ${mount}`}</p>;
};

describe('preloadable', () => {
  it('renders a preloaded screen at once, without the fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Hello));
    const { Screen, preload } = preloadable(load);
    await preload();
    render(inSuspense(<Screen name="Samira" />));
    expect(screen.getByText('Hallo Samira')).toBeTruthy();
    expect(screen.queryByText('laden')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends a screen not fetched yet, then shows it, fetching once', async () => {
    const load = vi.fn(() => Promise.resolve(Hello));
    const { Screen, preload } = preloadable(load);
    render(inSuspense(<Screen name="Amanuel" />));
    expect(screen.getByText('laden')).toBeTruthy();
    expect(await screen.findByText('Hallo Amanuel')).toBeTruthy();
    await act(() => preload());
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps a screen that suspended mounted when it renders again after its code arrived', async () => {
    let arrive!: (component: typeof Counter) => void;
    const { Screen } = preloadable(() => new Promise<typeof Counter>((r) => (arrive = r)));
    const { rerender } = render(inSuspense(<Screen name="Samira" />));
    await act(async () => arrive(Counter));
    const shown = await screen.findByText('Samira 1');
    rerender(inSuspense(<Screen name="Samira" />));
    // The same element, its state kept: not thrown away and mounted again as the loaded component.
    expect(screen.getByText('Samira 1')).toBe(shown);
    expect(mounts).toBe(1);
  });

  it('tries again after a failed fetch', async () => {
    const load = vi
      .fn<() => Promise<typeof Hello>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Hello);
    const { Screen, preload } = preloadable(load);
    await expect(preload()).rejects.toThrow('offline');
    await preload();
    render(inSuspense(<Screen name="Yonas" />));
    expect(screen.getByText('Hallo Yonas')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
