// The app's first screen after a start that ended at the locked PIN pad: the pad shows at once and reads the tablet
// (the database's code, IndexedDB) only once it is touched, so nothing heavy runs in or right after its first frame.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from './i18n/i18n';

beforeAll(() => initI18n());
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.useRealTimers();
});

/** A start of the app after one that ended at the locked pad (storage/lockHint.ts). */
const startAfterLockedPad = async () => {
  vi.resetModules();
  localStorage.setItem('samenspraak-locked-pad', '1');
  const { useLockStore } = await import('./lock/lockStore');
  const init = vi.spyOn(useLockStore.getState(), 'init').mockResolvedValue(undefined);
  useLockStore.setState({ init });
  const { App } = await import('./App');
  return { App, init };
};

describe('App at a start that ended at the locked pad', () => {
  it('shows the PIN pad without reading the tablet, and reads it at the first touch', async () => {
    const { App, init } = await startAfterLockedPad();
    render(<App />);
    expect(screen.getByTestId('lock-screen')).toBeTruthy();
    expect(init).not.toHaveBeenCalled();

    await act(async () => {
      window.dispatchEvent(new Event('pointerdown'));
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(init).toHaveBeenCalledTimes(1);
  });

  it('reads the tablet a few seconds later when nobody touches the pad', async () => {
    vi.useFakeTimers();
    const { App, init } = await startAfterLockedPad();
    render(<App />);
    expect(init).not.toHaveBeenCalled();
    await act(async () => void vi.advanceTimersByTime(3000));
    expect(init).toHaveBeenCalledTimes(1);
  });
});
