// The app's first screen after a start that ended at the locked PIN pad: the pad shows at once, without i18next, and
// reads the tablet (the database's code, IndexedDB) only once it is touched, so nothing heavy runs in or right after
// its first frame. A first start shows the notice of a wiped tablet only when the address says it was wiped.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
  history.replaceState(null, '', '/');
  vi.doUnmock('./shell');
  vi.useRealTimers();
});

/** The i18next instance the freshly imported app would use. */
const i18nextOfApp = async () => (await import('i18next')).default;

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
    expect(screen.getByRole('heading', { name: 'Toets uw pincode' })).toBeTruthy();
    expect(init).not.toHaveBeenCalled();
    expect((await i18nextOfApp()).isInitialized).not.toBe(true);

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

/** A first start: no PIN chosen yet, at the given address. */
const firstStart = async (url: string) => {
  vi.resetModules();
  history.replaceState(null, '', url);
  const { useLockStore } = await import('./lock/lockStore');
  useLockStore.setState({ ready: true, hasPin: false, locked: false });
  const { App } = await import('./App');
  return App;
};

describe('App at a first start', () => {
  it('asks for a PIN without the notice, nor i18next for it, when the tablet was not wiped', async () => {
    const notice = vi.fn(() => null);
    // Mocks outlive resetModules: the fresh App imports this shell.
    vi.doMock('./shell', async (actual) => ({ ...(await actual()), WipedNotice: notice }));
    const App = await firstStart('/');
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Kies een pincode' })).toBeTruthy();
    expect(notice).not.toHaveBeenCalled();
    expect((await i18nextOfApp()).isInitialized).not.toBe(true);
  });

  it('says why the tablet was emptied above the PIN choice', async () => {
    const App = await firstStart('/?wiped=revoked');
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Kies een pincode' })).toBeTruthy();
    expect(await screen.findByTestId('wiped')).toBeTruthy();
  });
});
